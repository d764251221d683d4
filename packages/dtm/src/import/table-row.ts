import { withoutBidiControls, withoutFormulaEscape } from './cell-safety';

/** A cell as the readers hand it over: text, or a date/number typed by the spreadsheet. */
export type Cell = string | number | Date | null;

/** One row of a CSV file or worksheet, with the number a spreadsheet shows for it (1-based). */
export interface TableRow {
  readonly rowNumber: number;
  readonly cells: readonly Cell[];
}

/** Bytes of the file consumed so far, for progress. */
export type OnBytes = (bytesRead: number) => void;

/**
 * Text that cellText returns unchanged and cell-safety has nothing to say about: no leading
 * quote (a formula escape), no bidi control, no control character or U+FFFD, and white
 * space only as single spaces between other characters.
 */
const PLAIN =
  // eslint-disable-next-line no-control-regex -- control characters are what it rules out.
  /^(?:[^\s'\u0000-\u001F\u007F-\u009F\uFFFD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069][^\s\u0000-\u001F\u007F-\u009F\uFFFD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*(?: [^\s\u0000-\u001F\u007F-\u009F\uFFFD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+)*)?$/;

/** Whether cellText keeps `text` as it is and it carries no character a cell may not (one test, issue 13). */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text);
}

/**
 * A cell as text: the rejects file's formula escape undone, bidi controls removed, runs
 * of white space (line breaks included) as one space, trimmed.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  // Most cells are already clean: one test instead of three replacements (issue 13, import speed).
  if (typeof cell === 'string' && PLAIN.test(cell)) return cell;
  return withoutBidiControls(withoutFormulaEscape(String(cell)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cell as the file wrote it (for the rejects file): text unchanged, dates as YYYY-MM-DD. */
export function rawCellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}
