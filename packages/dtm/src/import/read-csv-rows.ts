import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { CsvRecordReader, CsvSyntaxError } from './csv-records';
import { SourceFormatError } from './source-format-error';
import type { OnBytes, TableRow } from './table-row';
import { delimiterOf, encodingOfBom, type MasterListEncoding } from './text-encoding';

export interface CsvReadOptions {
  /** Default 'utf-8'; a BOM overrides it. */
  readonly encoding?: MasterListEncoding;
  readonly onBytes?: OnBytes;
  /** Told which encoding was used once the first bytes are seen. */
  readonly onEncoding?: (encoding: MasterListEncoding) => void;
}

/**
 * Bytes read at a time (Node's default is 64 KiB). The rows of one read are taken in one
 * synchronous run, and the database's answers to the chunk being written wait for its end:
 * a quarter of the default keeps that wait to a few milliseconds (issue 13).
 */
const READ_CHUNK_BYTES = 16 * 1024;

/**
 * Decodes the file's bytes as they stream. Invalid bytes become U+FFFD here (the decoder
 * is not fatal, so the rest of the file can still be read) and are then refused row by
 * row (cell-safety), with the row's number, instead of being stored.
 */
async function* decoded(path: string, options: CsvReadOptions): AsyncGenerator<string> {
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  let bytes = 0;
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      options.onBytes?.(bytes);
      let body: Uint8Array = chunk;
      if (decoder === undefined) {
        const bom = encodingOfBom(chunk);
        const encoding = bom?.encoding ?? options.encoding ?? 'utf-8';
        options.onEncoding?.(encoding);
        decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
        if (bom) body = chunk.subarray(bom.length);
      }
      yield decoder.decode(body, { stream: true });
    }
    if (decoder) yield decoder.decode();
  } finally {
    input.destroy();
  }
}

/**
 * Streams the records of a CSV file: UTF-8 by default (BOM allowed), Windows-1256 or
 * UTF-16 when asked or announced by a BOM; comma-, semicolon- or tab-separated (found
 * from the header line); quoted fields may span lines. Row numbers count records from 1
 * (the header is row 1), as a spreadsheet program shows them. A file that is not valid
 * CSV (an unterminated quote, a quote inside an unquoted field) is a SourceFormatError
 * naming the line.
 */
export async function* readCsvRows(path: string, options: CsvReadOptions = {}): AsyncGenerator<TableRow> {
  for await (const rows of readCsvRowBatches(path, options)) yield* rows;
}

/**
 * readCsvRows' rows, as many at a time as each chunk of the file completes: one promise
 * per chunk instead of one per row (issue 13, import speed).
 */
export async function* readCsvRowBatches(path: string, options: CsvReadOptions = {}): AsyncGenerator<TableRow[]> {
  const text = decoded(path, options);
  let reader: CsvRecordReader | undefined;
  let rowNumber = 0;
  try {
    for (let next = await text.next(); ; next = await text.next()) {
      if (next.done !== true && reader === undefined)
        reader = new CsvRecordReader(delimiterOf(next.value.split(/\r?\n/, 1)[0] ?? ''));
      if (reader === undefined) return;
      const records = next.done === true ? reader.end() : reader.push(next.value);
      const rows: TableRow[] = [];
      for (const cells of records) {
        rowNumber += 1;
        rows.push({ rowNumber, cells });
      }
      if (rows.length > 0) yield rows;
      if (next.done === true) return;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new SourceFormatError(`not valid CSV at line ${error.line} (after row ${rowNumber}): ${error.message}`);
    throw error;
  } finally {
    await text.return(undefined);
  }
}
