// Loaded when a workbook is written, not when @crc/reports is imported: exceljs alone took
// about a second of the gateway's start (issue 13).
import type ExcelJS from 'exceljs';
import type { ColumnKind, ExportCell, ExportTable } from '../table/export-table';
import { inertSpreadsheetText } from '../table/spreadsheet-text';

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  amount: '#,##0.00',
  percent: '0.0',
  date: undefined,
};

function xlsxValue(cell: ExportCell, kind: ColumnKind): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  // Amounts are exact decimal strings; a spreadsheet adds numbers, and 15 significant digits hold any budget.
  if (kind === 'amount' || kind === 'count' || kind === 'percent') return Number(cell);
  return inertSpreadsheetText(cell);
}

/** A valid, unique sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetNameOf(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

/**
 * The table as an XLSX workbook: headers in the viewer's language, the HXL hashtag row
 * under them (HDX reads HXL from XLSX too), numbers as numbers, frozen header rows,
 * sheets right to left for Arabic and Sorani, and the notes under the table.
 */
export async function toXlsx(tables: ExportTable | readonly ExportTable[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'CRC Platform';
  // Fixed, so the same figures give the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  const list: readonly ExportTable[] = isTableList(tables) ? tables : [tables];
  for (const table of list) {
    let name = sheetNameOf(table.sheetName);
    for (let n = 2; used.has(name); n += 1) name = `${sheetNameOf(table.sheetName).slice(0, 28)} ${n}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, {
      views: [{ rightToLeft: table.direction === 'rtl', state: 'frozen', ySplit: 2 }],
    });
    sheet.columns = table.columns.map((column) => ({
      width: Math.min(48, Math.max(12, column.label.length + 4)),
      style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind]! } : {},
    }));
    const header = sheet.addRow(table.columns.map((column) => inertSpreadsheetText(column.label)));
    header.font = { bold: true };
    const hashtags = sheet.addRow(table.columns.map((column) => column.hxl));
    hashtags.font = { italic: true, color: { argb: 'FF555555' } };
    for (const row of table.rows) {
      sheet.addRow(row.map((cell, i) => xlsxValue(cell, table.columns[i]?.kind ?? 'text')));
    }
    if (table.notes.length > 0) {
      sheet.addRow([]);
      for (const note of table.notes) sheet.addRow([inertSpreadsheetText(note)]).font = { italic: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function isTableList(tables: ExportTable | readonly ExportTable[]): tables is readonly ExportTable[] {
  return Array.isArray(tables);
}
