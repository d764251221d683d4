import type { DisplacementFigureCreate } from '@crc/domain';
import { copyField } from '../sql/copy-text';
import type { SqlExecutor } from '../sql/sql-executor';
import { locationKeyOf } from './displacement-natural-key';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Runs one parameterised statement: a SqlExecutor, or a Prisma transaction through
 * `prismaFigureWriter`. With `copyInto` (a SqlExecutor in a transaction, or PGlite) the
 * figures travel by COPY; without it, as arrays in the statement.
 */
export interface FigureWriter {
  query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<Row[]>;
  copyInto?: SqlExecutor['copyInto'];
  exec?: SqlExecutor['exec'];
}

/** Rows per statement: the rows travel as 18 arrays, so the statement size is independent of the row count. */
export const UPSERT_CHUNK_SIZE = 5000;

const KEY = [
  'source',
  'area_pcode',
  'location_key',
  'round',
  'reporting_date',
  'population_group',
  'origin',
  'displacement_reason',
  'shelter_type',
] as const;

// One statement per chunk: the rows travel as arrays and are unnested server-side.
// ON CONFLICT on the natural key updates only when a value differs (IS DISTINCT FROM),
// so an unchanged row is neither rewritten nor returned; `xmax = 0` marks a fresh insert.
// source_ref and import_batch_id follow the values: they change only with them.
// One rule for both upserts: a row is written again only when a figure or its place changed.
const UPDATE_WHEN_CHANGED = `ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET
  level = excluded.level,
  location_code = excluded.location_code,
  location_name = excluded.location_name,
  individuals = excluded.individuals,
  households = excluded.households,
  males = excluded.males,
  females = excluded.females,
  source_ref = excluded.source_ref,
  import_batch_id = excluded.import_batch_id,
  updated_at = now()
WHERE (f.level, f.location_code, f.location_name, f.individuals, f.households, f.males, f.females)
  IS DISTINCT FROM (excluded.level, excluded.location_code, excluded.location_name, excluded.individuals, excluded.households, excluded.males, excluded.females)
RETURNING (f.xmax = 0) AS inserted`;

const UPSERT_SQL = `
INSERT INTO displacement_figure AS f
  (source, area_pcode, level, location_code, location_name, location_key, round, reporting_date,
   population_group, origin, displacement_reason, shelter_type, individuals, households, males, females, source_ref, import_batch_id)
SELECT r.source, r.area_pcode, r.level::admin_level, r.location_code, r.location_name, r.location_key, r.round,
       r.reporting_date::date, r.population_group, r.origin, r.displacement_reason, r.shelter_type,
       r.individuals, r.households, r.males, r.females, r.source_ref, r.import_batch_id::uuid
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[],
            $10::text[], $11::text[], $12::text[], $13::int[], $14::int[], $15::int[], $16::int[], $17::text[], $18::text[])
  AS r(source, area_pcode, level, location_code, location_name, location_key, round, reporting_date, population_group,
       origin, displacement_reason, shelter_type, individuals, households, males, females, source_ref, import_batch_id)
${UPDATE_WHEN_CHANGED}`;

/** The staging table's columns, in COPY order: every column the upsert writes. */
const COLUMNS = [
  'source',
  'area_pcode',
  'level',
  'location_code',
  'location_name',
  'location_key',
  'round',
  'reporting_date',
  'population_group',
  'origin',
  'displacement_reason',
  'shelter_type',
  'individuals',
  'households',
  'males',
  'females',
  'source_ref',
  'import_batch_id',
] as const;

const STAGING = 'displacement_figure_staging';

// A session's own table, typed like displacement_figure (no constraints, no indexes: COPY only appends).
// Emptied before each use, so a chunk never meets the rows of another (the last chunk's rows stay
// in the session, which alone sees them, until its next import or its end).
const CREATE_STAGING = `CREATE TEMPORARY TABLE IF NOT EXISTS ${STAGING} AS SELECT ${COLUMNS.join(', ')} FROM displacement_figure WITH NO DATA`;

// The same rule as UPSERT_SQL, from the staging table, answering two counts instead of a row per write.
// The figures the table already holds exactly are left out before the upsert (NOT EXISTS, an
// anti-join on the natural key): ON CONFLICT ... DO UPDATE ... WHERE locks (and so writes)
// every conflicting row even when its WHERE finds nothing changed, a join only reads them.
// An unchanged re-import of 100,000 figures then writes nothing at all (issue 13). The
// compared columns are UPDATE_WHEN_CHANGED's, so a row that passes is exactly one the upsert
// inserts or updates. One statement per chunk (it was a DELETE from the staging table, then
// the upsert): each round trip waits for the importer's event loop to turn.
const upsertFromStagingSql = (leaveOutUnchanged: boolean): string => `
WITH written AS (
  INSERT INTO displacement_figure AS f (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.map((column) => `s.${column}`).join(', ')} FROM ${STAGING} AS s
  ${leaveOutUnchanged ? LEAVE_OUT_UNCHANGED : ''}
  ${UPDATE_WHEN_CHANGED}
)
SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, count(*)::int AS written FROM written`;

const LEAVE_OUT_UNCHANGED = `WHERE NOT EXISTS (
    SELECT FROM displacement_figure AS d
    WHERE (${KEY.map((column) => `d.${column}`).join(', ')}) = (${KEY.map((column) => `s.${column}`).join(', ')})
      AND (d.level, d.location_code, d.location_name, d.individuals, d.households, d.males, d.females)
        IS NOT DISTINCT FROM (s.level, s.location_code, s.location_name, s.individuals, s.households, s.males, s.females))`;

const UPSERT_FROM_STAGING_SQL = upsertFromStagingSql(true);
// Without the anti-join, for figures the caller knows are not stored yet (ON CONFLICT still
// decides, so the result is the same either way; only unchanged rows would be locked).
const INSERT_FROM_STAGING_SQL = upsertFromStagingSql(false);

const field = copyField;

/**
 * A figure's fields in COPY order, one array reused for every line: a template of 35 parts
 * left 35 intermediate strings per figure (about 1 KB), a third of the importer's
 * allocation, while join builds the line in one piece (issue 13).
 */
const lineFields = new Array<string>(COLUMNS.length).fill('');

/** A figure's row of the staging table in COPY text, without its line break; `batchField` is the batch id's field. */
function copyLine(figure: DisplacementFigureCreate, batchField: string): string {
  const location = figure.location;
  const ownBatch = figure.importBatchId ?? null;
  lineFields[0] = field(figure.source);
  lineFields[1] = field(figure.areaPcode);
  lineFields[2] = field(figure.adminLevel);
  lineFields[3] = field(location?.code ?? null);
  lineFields[4] = field(location?.name ?? null);
  lineFields[5] = field(locationKeyOf(figure));
  lineFields[6] = field(figure.roundNumber);
  lineFields[7] = field(figure.reportingDate);
  lineFields[8] = field(figure.populationGroup);
  lineFields[9] = field(figure.origin ?? '');
  lineFields[10] = field(figure.displacementReason ?? '');
  lineFields[11] = field(figure.shelterType ?? '');
  lineFields[12] = field(figure.individuals);
  lineFields[13] = field(figure.households ?? null);
  lineFields[14] = field(figure.males ?? null);
  lineFields[15] = field(figure.females ?? null);
  lineFields[16] = field(figure.sourceReference ?? null);
  lineFields[17] = ownBatch === null ? batchField : field(ownBatch);
  return lineFields.join('\t');
}

/** Figures in COPY text, a line each. */
function copyLines(figures: readonly DisplacementFigureCreate[], importBatchId: string | null): string {
  const batchField = field(importBatchId);
  return `${figures.map((figure) => copyLine(figure, batchField)).join('\n')}\n`;
}

/** Figures in the staging table's COPY text, ready to add. */
export interface StagingPart {
  readonly text: string;
  readonly figures: number;
}

/**
 * `figures` as a part to stage (importBatchId: the batch of those without their own): built
 * ahead, while the session is busy with the part before, the text's building (5-7 ms per
 * 5,000 figures) is off the database's path (issue 13).
 */
export function stagingPart(figures: readonly DisplacementFigureCreate[], importBatchId: string | null): StagingPart {
  return { text: figures.length === 0 ? '' : copyLines(figures, importBatchId), figures: figures.length };
}

/**
 * The staging table of one session, filled by COPY in one or more parts and then upserted
 * from in one statement (3 to 6 times the rows/s of the array statement, issue 13). Emptied
 * (and created if needed) in one script before its first part after each upsert. A COPY
 * part's text is built when it is added, in one tight loop (building each line as a figure
 * arrived was slower). Only one FigureStaging may use a session at a time.
 */
export class FigureStaging {
  private stagedFigures = 0;
  private empty = false;

  constructor(private readonly sql: Required<FigureWriter>) {}

  /** Figures staged since the last upsert. */
  get staged(): number {
    return this.stagedFigures;
  }

  /**
   * COPY a part (stagingPart) into the staging table, beside the figures staged since the
   * last upsert (keys unique among them all).
   */
  async add({ text, figures }: StagingPart): Promise<void> {
    if (figures === 0) return;
    if (!this.empty) {
      await this.sql.exec(`${CREATE_STAGING}; TRUNCATE ${STAGING}`);
      this.empty = true;
    }
    await this.sql.copyInto(STAGING, COLUMNS, text);
    this.stagedFigures += figures;
  }

  /** Every staged figure upserted by one statement; the staging table is emptied before the next part. */
  async upsert(options: UpsertOptions = {}): Promise<UpsertCounts> {
    const staged = this.stagedFigures;
    if (staged === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    // The planner estimates a temporary table, never analysed, from its pages: 100,000 staged
    // figures as 22,000, and probed them one by one by index (0.5-0.9 s on PostgreSQL) instead
    // of one hash anti-join (0.2 s). Told their number (35 ms), it weighs both (issue 13).
    if (options.noneStored !== true && staged > UPSERT_CHUNK_SIZE) await this.sql.exec(`ANALYZE ${STAGING} (source)`);
    const [counts] = await this.sql.query<{ inserted: number; written: number }>(
      options.noneStored === true ? INSERT_FROM_STAGING_SQL : UPSERT_FROM_STAGING_SQL,
      [],
    );
    this.stagedFigures = 0;
    this.empty = false;
    const inserted = counts?.inserted ?? 0;
    const written = counts?.written ?? 0;
    return { inserted, updated: written - inserted, unchanged: staged - written };
  }
}

/** A FigureStaging on `sql`'s session, or undefined when it cannot COPY (a Prisma writer, a pool outside a transaction). */
export function figureStaging(sql: FigureWriter): FigureStaging | undefined {
  const { copyInto, exec } = sql;
  if (copyInto === undefined || exec === undefined) return undefined;
  return new FigureStaging({ query: (text, params) => sql.query(text, params), copyInto, exec });
}

export interface UpsertOptions {
  /**
   * The caller knows that no figure with these keys is stored (an import of a source the
   * table held no figure of when its transaction began, whose keys are unique): the
   * unchanged-row filter, an index probe per figure (about 13% of a first import's
   * database time, issue 13), is left out. A wrong claim changes nothing in the result,
   * since ON CONFLICT still decides; unchanged rows would only be locked.
   */
  readonly noneStored?: boolean;
}

/**
 * THE write path of displacement figures (importer, API sync, demo): figures by their
 * natural key in bulk; new keys are inserted, changed values updated, identical rows
 * left alone. Keys must be unique within `figures` (callers reject repeats first).
 * Figures are typed by @crc/domain's schema; callers validate them at their edge.
 * `importBatchId` is the batch that writes them (null for the demo's reference figures).
 */
export async function upsertDisplacementFigures(
  sql: FigureWriter,
  figures: readonly DisplacementFigureCreate[],
  importBatchId: string | null = null,
  options: UpsertOptions = {},
): Promise<UpsertCounts> {
  if (figures.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const staging = figureStaging(sql);
  if (staging !== undefined) {
    await staging.add(stagingPart(figures, importBatchId));
    return staging.upsert(options);
  }
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < figures.length; start += UPSERT_CHUNK_SIZE) {
    const chunk = figures.slice(start, start + UPSERT_CHUNK_SIZE);
    const returned = await sql.query<{ inserted: boolean }>(UPSERT_SQL, [
      chunk.map((figure) => figure.source),
      chunk.map((figure) => figure.areaPcode),
      chunk.map((figure) => figure.adminLevel),
      chunk.map((figure) => figure.location?.code ?? null),
      chunk.map((figure) => figure.location?.name ?? null),
      chunk.map((figure) => locationKeyOf(figure)),
      chunk.map((figure) => figure.roundNumber),
      chunk.map((figure) => figure.reportingDate),
      chunk.map((figure) => figure.populationGroup),
      chunk.map((figure) => figure.origin ?? ''),
      chunk.map((figure) => figure.displacementReason ?? ''),
      chunk.map((figure) => figure.shelterType ?? ''),
      chunk.map((figure) => figure.individuals),
      chunk.map((figure) => figure.households ?? null),
      chunk.map((figure) => figure.males ?? null),
      chunk.map((figure) => figure.females ?? null),
      chunk.map((figure) => figure.sourceReference ?? null),
      chunk.map((figure) => figure.importBatchId ?? importBatchId),
    ]);
    const inserted = returned.filter((row) => row.inserted).length;
    counts.inserted += inserted;
    counts.updated += returned.length - inserted;
    counts.unchanged += chunk.length - returned.length;
  }
  return counts;
}

/** A FigureWriter over a Prisma (transaction) client. */
export function prismaFigureWriter(tx: {
  $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T>;
}): FigureWriter {
  return {
    query: <Row extends Record<string, unknown>>(text: string, params: readonly unknown[]) =>
      tx.$queryRawUnsafe<Row[]>(text, ...params),
  };
}
