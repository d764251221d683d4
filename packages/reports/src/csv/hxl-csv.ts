import { stringify } from 'csv-stringify/sync';
import type { ExportCell, ExportTable } from '../table/export-table';
import { inertSpreadsheetText } from '../table/spreadsheet-text';

/** Excel opens UTF-8 CSV as UTF-8 only with a byte-order mark; without it Arabic comes out garbled. */
const UTF8_BOM = '\uFEFF';

function csvValue(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return inertSpreadsheetText(cell);
}

/**
 * The table as CSV with an HXL hashtag row: headers in the viewer's language on the
 * first line, hashtags on the second (as HDX and the HXL tools expect), then the data.
 * Hidden figures are empty cells. Amounts keep their exact decimal strings.
 */
export function toHxlCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => inertSpreadsheetText(column.label)),
    table.columns.map((column) => column.hxl),
    ...table.rows.map((row) => row.map(csvValue)),
  ];
  return UTF8_BOM + stringify(lines, { record_delimiter: '\r\n' });
}
