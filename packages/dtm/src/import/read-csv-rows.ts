import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { OnBytes, TableRow } from './table-row';

/**
 * Streams the records of a CSV file (UTF-8, optional BOM, comma-separated, quoted
 * fields may span lines). Row numbers count records from 1 (the header is row 1), as a
 * spreadsheet program shows them.
 */
export async function* readCsvRows(path: string, onBytes?: OnBytes): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  let bytes = 0;
  if (onBytes) {
    input.on('data', (chunk) => {
      bytes += chunk.length;
      onBytes(bytes);
    });
  }
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  input.on('error', (error) => parser.destroy(error));
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: record };
    }
  } finally {
    input.destroy();
  }
}
