import type { Db } from '@crc/db';
import type { DtmClient } from '../api/dtm-client';
import type { DtmDisplacementQuery } from '../api/dtm-query';
import type { DtmDisplacementRow } from '../api/dtm-schemas';
import { dtmRowArea } from '../areas/dtm-area';
import { naturalKey, type FigureRow } from '../store/figure-row';
import { runImportBatch, type ImportOutcome } from '../store/import-batch-run';
import type { RejectedRow } from '../store/rejected-row';

export type DtmSyncLevel = 'admin1' | 'admin2';

export interface DtmSyncOptions {
  /** Operation, CountryName or Admin0Pcode, and optional round/date bounds. */
  readonly query: DtmDisplacementQuery;
  /** Default both: admin1 rows become governorate figures, admin2 rows district figures. */
  readonly levels?: readonly DtmSyncLevel[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (step: { readonly phase: 'fetch' | 'write'; readonly level?: DtmSyncLevel; readonly done: number; readonly total: number }) => void;
}

export interface DtmSyncResult extends ImportOutcome {
  /** API rows per level. */
  readonly fetched: Readonly<Partial<Record<DtmSyncLevel, number>>>;
}

interface Pending {
  figure: FigureRow;
  ids: string[];
  partitions: Set<string>;
}

/**
 * Fetches IDP figures from the DTM API and writes them as displacement figures
 * (source `dtm_api`, population group `idp`) through the same idempotent upsert and
 * import batch as the master-list importer. Everything is fetched before the
 * transaction opens (no network call holds a transaction). Rows of one area and round
 * that v3 splits by origin or displacement reason are summed into one figure; a row
 * repeating the same split is rejected, as are rows without a round or a mappable area.
 */
export async function syncFromDtmApi(db: Db, client: DtmClient, options: DtmSyncOptions): Promise<DtmSyncResult> {
  const levels = options.levels ?? ['admin1', 'admin2'];
  const fetched: Partial<Record<DtmSyncLevel, number>> = {};
  const batches: { level: DtmSyncLevel; rows: DtmDisplacementRow[] }[] = [];
  for (const [index, level] of levels.entries()) {
    options.onProgress?.({ phase: 'fetch', level, done: index, total: levels.length });
    const rows = await client.displacement(level, options.query, options.signal);
    fetched[level] = rows.length;
    batches.push({ level, rows });
  }
  options.onProgress?.({ phase: 'fetch', done: levels.length, total: levels.length });

  const rejected: RejectedRow[] = [];
  const figures = new Map<string, Pending>();
  let read = 0;
  for (const { level, rows } of batches) {
    rows.forEach((row, index) => {
      read += 1;
      const reject = (field: string, reason: string, value?: string) =>
        rejected.push({ row: index, column: `${level}.${field}`, reason, ...(value ? { value } : {}) });
      if (row.roundNumber === null || row.roundNumber < 1) return reject('roundNumber', 'no round number: figures are keyed by round');
      const area = dtmRowArea(row, level);
      if (!area.ok) return reject(area.field, area.reason, area.value);
      const figure: FigureRow = {
        areaPcode: area.area.pcode,
        level: area.area.level,
        locationCode: null,
        locationName: null,
        locationKey: '',
        round: row.roundNumber,
        reportingDate: row.reportingDate,
        populationGroup: 'idp',
        individuals: row.numPresentIdpInd,
        households: null,
        sourceRef: `dtm:${row.id}`,
      };
      const key = naturalKey('dtm_api', figure);
      const partition = [row.idpOriginAdmin1Pcode ?? row.idpOriginAdmin1Name ?? '', row.displacementReason ?? ''].join('\u0000');
      const pending = figures.get(key);
      if (pending === undefined) {
        figures.set(key, { figure, ids: [row.id], partitions: new Set([partition]) });
        return;
      }
      if (pending.partitions.has(partition)) {
        return reject('id', `repeats DTM row ${pending.ids[0]} (same area, round, origin and reason)`, row.id);
      }
      pending.partitions.add(partition);
      pending.ids.push(row.id);
      pending.figure = {
        ...pending.figure,
        individuals: pending.figure.individuals + figure.individuals,
        reportingDate: figure.reportingDate > pending.figure.reportingDate ? figure.reportingDate : pending.figure.reportingDate,
      };
    });
  }

  const outcome = await runImportBatch(
    db,
    { source: 'dtm_api' },
    async (sink) => {
      let done = 0;
      for (const { figure, ids } of figures.values()) {
        const sourceRef = ids.length === 1 ? figure.sourceRef : `dtm:${ids.join(',')}`.slice(0, 500);
        await sink.write({ ...figure, sourceRef, sourceRows: ids.length });
        done += 1;
        if (done % 1000 === 0) options.onProgress?.({ phase: 'write', done, total: figures.size });
      }
      options.onProgress?.({ phase: 'write', done: figures.size, total: figures.size });
      return { read, rejected };
    },
    { report: () => ({ query: options.query, levels, fetched }) },
  );
  return { ...outcome, fetched };
}
