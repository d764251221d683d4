/**
 * Characters that make a spreadsheet read a cell as a formula (or that LibreOffice and
 * Excel strip before doing so): = + - @, tab and carriage return, and their full-width
 * forms. Text starting with one could run `=HYPERLINK(...)` or worse when a partner
 * opens the file (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text made inert for spreadsheets: a leading apostrophe, which Excel and LibreOffice
 * show as nothing but which stops the cell from being read as a formula. Numbers are
 * written as numbers and never pass through here, so `-5` stays a number.
 */
export function inertSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
