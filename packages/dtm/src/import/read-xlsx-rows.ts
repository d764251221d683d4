import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, OnBytes, TableRow } from './table-row';

/** exceljs cell values: plain, rich text, hyperlink, formula (its cached result), error. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
    if ('result' in object) return cellOf(object.result);
    if (typeof object.text === 'string') return object.text;
    if (object.error !== undefined) return null;
  }
  return String(value);
}

/**
 * Streams the rows of the first worksheet of an XLSX file without loading the workbook
 * (exceljs' streaming reader). Row numbers are the sheet's own.
 */
export async function* readXlsxRows(path: string, onBytes?: OnBytes): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  let bytes = 0;
  if (onBytes) {
    input.on('data', (chunk) => {
      bytes += chunk.length;
      onBytes(bytes);
    });
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        // row.values is 1-based and sparse.
        const values = (row.values as unknown[]).slice(1);
        yield { rowNumber: row.number, cells: Array.from(values, cellOf) };
      }
      // First worksheet only: a master list is one table.
      break;
    }
  } finally {
    input.destroy();
  }
}
