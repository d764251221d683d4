/**
 * Quotes text so ICU MessageFormat prints it verbatim: a doubled apostrophe is one
 * apostrophe, and braces and `#` inside apostrophes are literal. Used for labels that
 * come from data (vocabulary labels) rather than from a translator.
 */
export function escapeIcu(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}#]+/g, (special) => `'${special}'`);
}
