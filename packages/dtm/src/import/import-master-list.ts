import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DisplacementKeyMap, type Db, type UpsertCounts } from '@crc/db';
import { displacementFigureCheck } from '@crc/domain';
import type { PlacedBy } from '../areas/place-area';
import { runImportBatch, type ImportOutcome } from '../store/import-batch-run';
import type { RejectedRow } from '../store/rejected-row';
import { mapColumnsByHeader, mapColumnsByHxl, type ColumnMap } from './column-map';
import { sha256File } from './file-hash';
import { isHxlRow } from './hxl-hashtag';
import { createAreaCache, masterListRow, rowCells, type MasterListRowOptions } from './master-list-row';
import { createRowAreaCache, PLACING_FIELDS, type RowArea, type RowTexts } from './row-area';
import { readCsvRowBatches } from './read-csv-rows';
import { readXlsxRows } from './read-xlsx-rows';
import { writeRejectsCsv } from './rejects-csv';
import { SourceFormatError } from './source-format-error';
import { cellText, rawCellText, type TableRow } from './table-row';
import type { MasterListEncoding } from './text-encoding';

export interface MasterListImportOptions {
  /** Default 'dtm_master_list'. */
  readonly source?: 'dtm_master_list' | 'iom_document' | 'manual';
  /** Where to write rejected rows (only when some were rejected). */
  readonly rejectsPath?: string;
  readonly populationGroup?: 'idp' | 'returnee';
  readonly round?: number;
  readonly reportingDate?: string;
  /** CSV only. Default UTF-8; a UTF-8 or UTF-16 byte-order mark decides by itself. */
  readonly encoding?: MasterListEncoding;
  /** XLSX only: the worksheet's name or position from 1. Default the first. */
  readonly sheet?: string | number;
  /** Default: today's date (UTC). */
  readonly today?: string;
  /** Called as the file is read and written (awaited: it runs inside the import's transaction). */
  readonly onProgress?: (progress: MasterListProgress) => void | Promise<void>;
}

export interface MasterListProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsRead: number;
  readonly written: UpsertCounts;
}

export interface MasterListImportResult extends ImportOutcome {
  readonly fileName: string;
  readonly fileHash: string;
  /** How the columns were found. */
  readonly columnsBy: 'hxl' | 'header';
  /** Rows written (not rejected) whose area was found by p-code, and by name (the code was unknown or absent). */
  readonly placedBy: Readonly<Record<PlacedBy, number>>;
  /** Set when rejected rows were written to a file. */
  readonly rejectsPath?: string;
}

/** An HXL row is looked for in the first rows only (HDX files put it right under the headers). */
const HXL_SEARCH_ROWS = 5;
const COUNT_FIELDS = ['idpsInd', 'returneesInd', 'ind'] as const;

function rowsOf(
  path: string,
  options: MasterListImportOptions,
  onBytes: (bytes: number) => void,
  onEncoding: (encoding: string) => void,
): AsyncGenerator<TableRow[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.txt') {
    if (options.sheet !== undefined)
      throw new SourceFormatError('the sheet option is for XLSX workbooks; a CSV file has one table');
    return readCsvRowBatches(path, {
      onBytes,
      onEncoding,
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
  }
  if (extension === '.xlsx') {
    if (options.encoding !== undefined)
      throw new SourceFormatError('the encoding option is for CSV files; an XLSX workbook says its own');
    return oneByOne(readXlsxRows(path, { onBytes, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) }));
  }
  throw new SourceFormatError(`cannot read "${basename(path)}": expected a .csv or .xlsx file`);
}

/** Rows of a reader that hands them over one at a time, as batches of one. */
async function* oneByOne(rows: AsyncGenerator<TableRow>): AsyncGenerator<TableRow[]> {
  for await (const row of rows) yield [row];
}

function checkColumns(columns: ColumnMap, options: MasterListImportOptions, by: string): void {
  const missing: string[] = [];
  if (!PLACING_FIELDS.some((field) => columns[field]))
    missing.push('an area (#adm1/#adm2/#adm3 +code or +name; Governorate, District, Sub-district; OCHA PCode)');
  if (!COUNT_FIELDS.some((field) => columns[field]))
    missing.push('a count (#affected+idps+ind or #affected+returnees+ind; IDP/Returnee Individuals)');
  if (columns.ind && !options.populationGroup)
    missing.push('the population group of the generic count columns (option populationGroup / --population)');
  if (!columns.round && options.round === undefined)
    missing.push('the round (#round+code; Round) or option round / --round');
  if (!columns.date && options.reportingDate === undefined)
    missing.push('the reporting date (#date+reported; Date) or option reportingDate / --date');
  if (missing.length > 0)
    throw new SourceFormatError(`columns found by ${by}, but the file lacks ${missing.join('; ')}`);
}

/**
 * Imports a DTM master list or an HDX "IOM DTM from API" file (IDP or returnee list;
 * CSV or XLSX) into displacement_figure as one import batch. Columns come from the HXL
 * hashtag row when there is one, else from the header names. Bad rows are rejected with
 * their row number, column and reason (and written to `rejectsPath`); good rows are
 * upserted by natural key, so importing the same file twice changes nothing. All or
 * nothing: see runImportBatch. A file that cannot be read at all (no header, missing
 * columns, not valid CSV) is a SourceFormatError, recorded as a failed batch.
 */
export async function importMasterList(
  db: Db,
  path: string,
  options: MasterListImportOptions = {},
): Promise<MasterListImportResult> {
  const fileName = basename(path);
  const totalBytes = (await stat(path)).size;
  const fileHash = await sha256File(path);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const source = options.source ?? 'dtm_master_list';
  const resolve = createAreaCache();
  let bytesRead = 0;
  let rowsRead = 0;
  let encoding = options.encoding ?? 'utf-8';
  let written: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const progress = async () => options.onProgress?.({ bytesRead, totalBytes, rowsRead, written });

  let headers: string[] = [];
  let hashtags: string[] = [];
  let columnsBy: 'hxl' | 'header' = 'header';
  const placedBy: Record<PlacedBy, number> = { code: 0, name: 0 };
  const rejected: RejectedRow[] = [];
  const originals = new Map<number, readonly string[]>();
  let rows: AsyncGenerator<TableRow[]> | undefined;
  let outcome: ImportOutcome;
  try {
    // Everything, the header rows included, is read inside the batch: a file that turns
    // out unreadable rolls back and is recorded as a failed batch.
    outcome = await runImportBatch(
      db,
      { source, fileName, fileHash },
      async (sink) => {
        const reader = rowsOf(
          path,
          options,
          (bytes) => {
            bytesRead = bytes;
          },
          (used) => {
            encoding = used as MasterListEncoding;
          },
        );
        rows = reader;
        // Header (and HXL) rows first: they decide the column map before anything is written.
        const leading: TableRow[] = [];
        let map: ColumnMap | undefined;
        const firstRowOfKey = new DisplacementKeyMap<number>();
        let rowOptions: MasterListRowOptions | undefined;
        let areaOf: ((texts: RowTexts) => RowArea) | undefined;

        /** The column map, from the leading rows (the last of them the HXL row when `hxl`); answers the data rows among them. */
        function decideColumns(hxl: boolean): TableRow[] {
          let columns: ColumnMap | undefined;
          if (hxl) {
            const texts = (leading.at(-1)?.cells ?? []).map(cellText);
            headers = (leading.at(-2)?.cells ?? []).map(cellText);
            hashtags = texts;
            columns = mapColumnsByHxl(texts, headers);
            columnsBy = 'hxl';
          }
          const firstFilled = leading.findIndex((row) => row.cells.some((cell) => cellText(cell) !== ''));
          if (firstFilled < 0) throw new SourceFormatError(`"${fileName}" is empty: no header row`);
          let pending: TableRow[] = [];
          if (columns === undefined) {
            headers = (leading[firstFilled]?.cells ?? []).map(cellText);
            columns = mapColumnsByHeader(headers);
            pending = leading.slice(firstFilled + 1);
          }
          checkColumns(columns, options, columnsBy === 'hxl' ? 'HXL hashtags' : 'header names');
          map = columns;
          areaOf = createRowAreaCache(columns, resolve);
          rowOptions = {
            ...options,
            source,
            fileName,
            today,
            encoding,
            headers,
            figureCheck: displacementFigureCheck(),
          };
          return pending;
        }

        /** One data row; a promise only when the row's figure filled a chunk (then the producer waits for the write before it). */
        function take(
          row: TableRow,
          columns: ColumnMap,
          rowOptions: MasterListRowOptions,
          areaOf: (texts: RowTexts) => RowArea,
        ): Promise<void> | undefined {
          const cells = rowCells(row.cells);
          if (cells.blank) return undefined;
          rowsRead += 1;
          const result = masterListRow(row.rowNumber, cells, columns, rowOptions, resolve, areaOf);
          let rejection = 'rejection' in result ? result.rejection : undefined;
          let pending: Promise<void> | undefined;
          if ('figure' in result) {
            const first = firstRowOfKey.keepFirst(result.figure, row.rowNumber);
            if (first === undefined) {
              placedBy[result.placedBy] += 1;
              pending = sink.write(result.figure);
            } else {
              rejection = {
                row: row.rowNumber,
                column: 'area',
                reason: `repeats row ${first} (same area, location, round, reporting date, population group, origin, reason and shelter)`,
              };
            }
          }
          if (rejection !== undefined) {
            rejected.push(rejection);
            originals.set(row.rowNumber, row.cells.map(rawCellText));
          }
          if (rowsRead % 1000 === 0) pending = pending === undefined ? progress() : pending.then(progress);
          return pending;
        }

        async function takeAll(batch: readonly TableRow[]): Promise<void> {
          if (map === undefined || rowOptions === undefined || areaOf === undefined)
            throw new Error('columns not decided');
          for (const row of batch) {
            const pending = take(row, map, rowOptions, areaOf);
            if (pending !== undefined) await pending;
          }
        }

        for await (const batch of reader) {
          if (map !== undefined) {
            await takeAll(batch);
            continue;
          }
          for (let index = 0; index < batch.length; index += 1) {
            const row = batch[index] as TableRow;
            leading.push(row);
            const hxl = isHxlRow(row.cells.map(cellText));
            if (hxl || leading.length >= HXL_SEARCH_ROWS) {
              await takeAll(decideColumns(hxl));
              await takeAll(batch.slice(index + 1));
              break;
            }
          }
        }
        if (map === undefined) await takeAll(decideColumns(false));
        if (rowsRead === 0) throw new SourceFormatError(`"${fileName}" has a header but no data rows`);
        await progress();
        return { read: rowsRead, rejected };
      },
      {
        report: () => ({
          fileName,
          columnsBy,
          encoding,
          placedBy,
          ...(rejected.length > 0 && options.rejectsPath ? { rejectsPath: options.rejectsPath } : {}),
        }),
        onWritten: (counts) => {
          written = counts;
          return progress();
        },
      },
    );
  } finally {
    // Closes the file when the import stops early (bad header, failed transaction).
    await rows?.return(undefined);
  }

  let rejectsPath: string | undefined;
  if (rejected.length > 0 && options.rejectsPath) {
    await writeRejectsCsv(options.rejectsPath, rejected, originals, { headers, hashtags });
    rejectsPath = options.rejectsPath;
  }
  return {
    ...outcome,
    fileName,
    fileHash,
    columnsBy,
    placedBy: { ...placedBy },
    ...(rejectsPath ? { rejectsPath } : {}),
  };
}
