import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { SourceFormatError } from './source-format-error';
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
    // A shape exceljs did not document: its JSON, so a rejected row shows what the cell held.
    return JSON.stringify(value);
  }
  // exceljs gives no other kinds of value (bigint, symbol, function).
  return null;
}

export interface XlsxReadOptions {
  /** The worksheet: its name, or its position from 1. Default the first. */
  readonly sheet?: string | number;
  readonly onBytes?: OnBytes;
}

/**
 * Streams the rows of one worksheet of an XLSX file without loading the workbook
 * (exceljs' streaming reader): the first, or the one `sheet` names (a master-list
 * workbook often holds the IDP and returnee lists, or several rounds, as sheets). Row
 * numbers are the sheet's own. A sheet that does not exist is a SourceFormatError
 * listing the sheets there are.
 */
export async function* readXlsxRows(path: string, options: XlsxReadOptions = {}): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  let bytes = 0;
  if (options.onBytes) {
    const onBytes = options.onBytes;
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
  const wanted = options.sheet ?? 1;
  const seen: string[] = [];
  try {
    let position = 0;
    for await (const worksheet of workbook) {
      position += 1;
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${position}`;
      seen.push(name);
      const chosen =
        typeof wanted === 'number' ? position === wanted : name.trim().toLowerCase() === wanted.trim().toLowerCase();
      if (!chosen) {
        // Rows of other sheets must still be consumed for the stream to move on.
        for await (const _row of worksheet) void _row;
        continue;
      }
      for await (const row of worksheet) {
        // row.values is 1-based and sparse.
        const values = (row.values as unknown[]).slice(1);
        yield { rowNumber: row.number, cells: Array.from(values, cellOf) };
      }
      return;
    }
  } catch (error) {
    throw new SourceFormatError(
      `not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    input.destroy();
  }
  throw new SourceFormatError(
    `no worksheet ${typeof wanted === 'number' ? `number ${wanted}` : `named "${wanted}"`}; the workbook has ${seen.map((name) => `"${name}"`).join(', ') || 'none'}`,
  );
}
