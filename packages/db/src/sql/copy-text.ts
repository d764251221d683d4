/** `COPY table (columns) FROM <source>`; table and column names are the caller's constants, quoted all the same. */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) FROM ${source}`;
}

export type CopyValue = string | number | null | undefined;

// Text format: backslash escapes for the characters that separate fields and rows.
const SPECIAL = /[\\\t\n\r]/g;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in PostgreSQL's COPY text format: `\N` for null, special characters escaped. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY the number ${value}`);
    return String(value);
  }
  return NEEDS_ESCAPE.test(value) ? value.replace(SPECIAL, (character) => ESCAPES[character] ?? character) : value;
}

/** Rows in COPY text format: fields separated by tabs, one row a line. */
export function copyText(rows: Iterable<readonly CopyValue[]>): string {
  // Appended field by field: no array of fields and no join per row (issue 13, import speed).
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < row.length; index += 1) {
      if (index > 0) text += '\t';
      text += copyField(row[index]);
    }
    text += '\n';
  }
  return text;
}
