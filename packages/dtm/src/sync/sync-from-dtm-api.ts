import { displacementNaturalKey, type Db } from '@crc/db';
import {
  DisplacementFigureCreateSchema,
  dimensionValue,
  UNKNOWN_DIMENSION,
  type DisplacementFigureCreateInput,
} from '@crc/domain';
import type { DtmClient } from '../api/dtm-client';
import type { DtmDisplacementQuery } from '../api/dtm-query';
import type { DtmDisplacementRow } from '../api/dtm-schemas';
import { dtmRowArea } from '../areas/dtm-area';
import { placeArea, type PlacedBy } from '../areas/place-area';
import { createAreaCache } from '../import/master-list-row';
import { runImportBatch, type ImportOutcome } from '../store/import-batch-run';
import type { RejectedRow } from '../store/rejected-row';

export type DtmSyncLevel = 'admin0' | 'admin1' | 'admin2';

export interface DtmSyncOptions {
  /** Operation, CountryName or Admin0Pcode, and optional round/date bounds. */
  readonly query: DtmDisplacementQuery;
  /** Default all three: admin0 rows become national figures, admin1 governorate, admin2 district figures. */
  readonly levels?: readonly DtmSyncLevel[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (step: {
    readonly phase: 'fetch' | 'write';
    readonly level?: DtmSyncLevel;
    readonly done: number;
    readonly total: number;
  }) => void;
}

export interface DtmSyncResult extends ImportOutcome {
  /** API rows per level. */
  readonly fetched: Readonly<Partial<Record<DtmSyncLevel, number>>>;
  /** Figures written whose area was found by p-code, and by name. */
  readonly placedBy: Readonly<Record<PlacedBy, number>>;
}

/** The row's origin governorate as a figure's dimension: a p-code, 'unknown' ("Not available"), or undefined (not split). */
function originOf(
  row: DtmDisplacementRow,
  resolve: ReturnType<typeof createAreaCache>,
): { ok: true; origin: string | undefined } | { ok: false; field: string; value: string; reason: string } {
  const code = dimensionValue(row.idpOriginAdmin1Pcode);
  const name = dimensionValue(row.idpOriginAdmin1Name);
  if (code === undefined && name === undefined) return { ok: true, origin: undefined };
  if ((code ?? UNKNOWN_DIMENSION) === UNKNOWN_DIMENSION && (name ?? UNKNOWN_DIMENSION) === UNKNOWN_DIMENSION)
    return { ok: true, origin: UNKNOWN_DIMENSION };
  const placed = placeArea(
    {
      code:
        code === undefined || code === UNKNOWN_DIMENSION ? undefined : { text: code, field: 'idpOriginAdmin1Pcode' },
      name: name === undefined || name === UNKNOWN_DIMENSION ? undefined : { text: name, field: 'idpOriginAdmin1Name' },
    },
    'governorate',
    undefined,
    resolve,
  );
  return placed.ok ? { ok: true, origin: placed.area.pcode } : placed;
}

/**
 * Fetches IDP figures from the DTM API and writes them as displacement figures
 * (source `dtm_api`, population group `idp`) through the same idempotent upsert and
 * import batch as the master-list importer. Everything is fetched before the
 * transaction opens (no network call holds a transaction). admin0 rows are national
 * figures (Iraq, level country). v3 splits rows by origin and displacement reason:
 * each split is one figure with those dimensions ("Not available" = unknown), so the
 * graph can answer "IDPs in Duhok from Ninewa"; a row repeating the same split, a row
 * without a round, or an unmappable area is rejected.
 */
export async function syncFromDtmApi(db: Db, client: DtmClient, options: DtmSyncOptions): Promise<DtmSyncResult> {
  const levels = options.levels ?? ['admin0', 'admin1', 'admin2'];
  const fetched: Partial<Record<DtmSyncLevel, number>> = {};
  const batches: { level: DtmSyncLevel; rows: DtmDisplacementRow[] }[] = [];
  for (const [index, level] of levels.entries()) {
    options.onProgress?.({ phase: 'fetch', level, done: index, total: levels.length });
    const rows = await client.displacement(level, options.query, options.signal);
    fetched[level] = rows.length;
    batches.push({ level, rows });
  }
  options.onProgress?.({ phase: 'fetch', done: levels.length, total: levels.length });

  const resolve = createAreaCache();
  const rejected: RejectedRow[] = [];
  const figures = new Map<
    string,
    { figure: ReturnType<typeof DisplacementFigureCreateSchema.parse>; row: number; by: PlacedBy }
  >();
  let read = 0;
  for (const { level, rows } of batches) {
    rows.forEach((row, index) => {
      read += 1;
      const reject = (field: string, reason: string, value?: string | null) =>
        rejected.push({ row: index, column: `${level}.${field}`, reason, ...(value ? { value } : {}) });
      if (row.roundNumber === null || row.roundNumber < 1)
        return reject('roundNumber', 'no round number: figures are keyed by round');
      const area = dtmRowArea(row, level, resolve);
      if (!area.ok) return reject(area.field, area.reason, area.value);
      const origin = originOf(row, resolve);
      if (!origin.ok) return reject(origin.field, `origin: ${origin.reason}`, origin.value);
      const reason = dimensionValue(row.displacementReason);
      const input: DisplacementFigureCreateInput = {
        areaPcode: typeof area.area === 'string' ? area.area : area.area.pcode,
        adminLevel: typeof area.area === 'string' ? 'country' : area.area.level,
        roundNumber: row.roundNumber,
        reportingDate: row.reportingDate,
        populationGroup: 'idp',
        individuals: row.numPresentIdpInd,
        ...(row.numberMales == null ? {} : { males: row.numberMales }),
        ...(row.numberFemales == null ? {} : { females: row.numberFemales }),
        ...(origin.origin === undefined ? {} : { origin: origin.origin }),
        ...(reason === undefined ? {} : { displacementReason: reason }),
        source: 'dtm_api',
        sourceReference: row.id == null ? `dtm:${level}#${index}` : `dtm:${row.id}`,
      };
      const checked = DisplacementFigureCreateSchema.safeParse(input);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return reject(String(issue?.path[0] ?? 'row'), issue?.message ?? 'is not a valid figure');
      }
      const key = displacementNaturalKey(checked.data);
      const earlier = figures.get(key);
      if (earlier !== undefined) {
        return reject('id', `repeats ${level} row ${earlier.row} (same area, round, date, origin and reason)`, row.id);
      }
      figures.set(key, { figure: checked.data, row: index, by: area.by });
    });
  }

  const placedBy: Record<PlacedBy, number> = { code: 0, name: 0 };
  for (const { by } of figures.values()) placedBy[by] += 1;
  const outcome = await runImportBatch(
    db,
    { source: 'dtm_api' },
    async (sink) => {
      let done = 0;
      for (const { figure } of figures.values()) {
        await sink.write(figure);
        done += 1;
        if (done % 1000 === 0) options.onProgress?.({ phase: 'write', done, total: figures.size });
      }
      options.onProgress?.({ phase: 'write', done: figures.size, total: figures.size });
      return { read, rejected };
    },
    { report: () => ({ query: options.query, levels, fetched, placedBy }) },
  );
  return { ...outcome, fetched, placedBy };
}
