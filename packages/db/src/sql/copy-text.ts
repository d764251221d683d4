/** `COPY table (columns) FROM <source>`; table and column names are the caller's constants, quoted all the same. */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) FROM ${source}`;
}

export type CopyValue = string | number | null | undefined;

// Text format: backslash escapes for the characters that separate fields and rows.
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in PostgreSQL's COPY text format: `\N` for null, special characters escaped. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY the number ${value}`);
    return String(value);
  }
  return value.replace(SPECIAL, (character) => ESCAPES[character] ?? character);
}

/** Rows in COPY text format: fields separated by tabs, one row a line. */
export function copyText(rows: Iterable<readonly CopyValue[]>): string {
  let text = '';
  for (const row of rows) text += `${row.map(copyField).join('\t')}\n`;
  return text;
}
