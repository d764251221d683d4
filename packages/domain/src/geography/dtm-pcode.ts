/**
 * IOM DTM writes OCHA's Iraqi p-codes with its own prefix: `IRQ-G10` is `IQG10`,
 * `IRQ-G10Q05` is `IQG10Q05`, `IRQ-G10Q05N04` is `IQG10Q05N04` (the same digits, the
 * country as ISO alpha-3 and a hyphen). Every governorate and district of the DTM
 * Iraq files follows this, so the mapping is a rewrite, not a lookup table.
 */
export const DTM_PCODE_PATTERN = /^IRQ-?G(\d{2}(?:Q\d{2}(?:N\d{2})?)?)$/;

/** The OCHA form of a DTM p-code (`IRQ-G10Q05` -> `IQG10Q05`), or undefined when `code` is not in DTM's form. */
export function ochaPcodeFromDtm(code: string): string | undefined {
  const match = DTM_PCODE_PATTERN.exec(code.trim().toUpperCase());
  return match?.[1] === undefined ? undefined : `IQG${match[1]}`;
}

/** DTM's form of an OCHA p-code (`IQG10Q05` -> `IRQ-G10Q05`), e.g. to query the DTM API by p-code. */
export function dtmPcodeOf(ochaPcode: string): string {
  const code = ochaPcode.trim().toUpperCase();
  if (!/^IQG\d{2}(?:Q\d{2}(?:N\d{2})?)?$/.test(code)) throw new RangeError(`"${ochaPcode}" is not an OCHA p-code`);
  return `IRQ-G${code.slice(3)}`;
}

/** A p-code in either form as the OCHA p-code (upper case, trimmed); other text is returned trimmed and upper-cased. */
export function canonicalPcode(code: string): string {
  const upper = code.trim().toUpperCase();
  return ochaPcodeFromDtm(upper) ?? upper;
}
