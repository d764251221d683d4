import type { SqlExecutor } from '@crc/db';
import type { DisplacementSource } from '@crc/domain';
import { naturalKey, type FigureRow } from './figure-row';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Rows per statement: 11 array parameters, so the statement size is independent of the row count. */
export const UPSERT_CHUNK_SIZE = 5000;

// One statement per chunk: the rows travel as 11 arrays and are unnested server-side.
// ON CONFLICT on the natural key updates only when a value differs (IS DISTINCT FROM),
// so an unchanged row is neither rewritten nor returned; `xmax = 0` marks a fresh insert.
// source_ref and import_batch_id follow the values: they change only with them.
const UPSERT_SQL = `
INSERT INTO displacement_figure AS f
  (source, area_pcode, level, location_code, location_name, location_key, round, reporting_date,
   population_group, individuals, households, source_ref, import_batch_id)
SELECT $1, r.area_pcode, r.level::admin_level, r.location_code, r.location_name, r.location_key, r.round,
       r.reporting_date::date, r.population_group, r.individuals, r.households, r.source_ref, $2::uuid
FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[],
            $11::int[], $12::int[], $13::text[])
  AS r(area_pcode, level, location_code, location_name, location_key, round, reporting_date, population_group,
       individuals, households, source_ref)
ON CONFLICT (source, area_pcode, location_key, round, population_group) DO UPDATE SET
  level = excluded.level,
  location_code = excluded.location_code,
  location_name = excluded.location_name,
  reporting_date = excluded.reporting_date,
  individuals = excluded.individuals,
  households = excluded.households,
  source_ref = excluded.source_ref,
  import_batch_id = excluded.import_batch_id,
  updated_at = now()
WHERE (f.level, f.location_code, f.location_name, f.reporting_date, f.individuals, f.households)
  IS DISTINCT FROM (excluded.level, excluded.location_code, excluded.location_name, excluded.reporting_date, excluded.individuals, excluded.households)
RETURNING f.area_pcode, f.location_key, f.round, f.population_group, (f.xmax = 0) AS inserted`;

/**
 * Writes figures by their natural key in bulk: new keys are inserted, changed values
 * updated, identical rows left alone. Keys must be unique within `rows` (the callers
 * de-duplicate and reject repeats). Counts are in source rows (see FigureRow.sourceRows).
 */
export async function upsertFigures(
  sql: SqlExecutor,
  source: DisplacementSource,
  importBatchId: string,
  rows: readonly FigureRow[],
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += UPSERT_CHUNK_SIZE) {
    const chunk = rows.slice(start, start + UPSERT_CHUNK_SIZE);
    const weight = new Map(chunk.map((row) => [naturalKey(source, row), row.sourceRows ?? 1]));
    const returned = await sql.query<{ area_pcode: string; location_key: string; round: number; population_group: 'idp' | 'returnee'; inserted: boolean }>(
      UPSERT_SQL,
      [
        source,
        importBatchId,
        chunk.map((row) => row.areaPcode),
        chunk.map((row) => row.level),
        chunk.map((row) => row.locationCode),
        chunk.map((row) => row.locationName),
        chunk.map((row) => row.locationKey),
        chunk.map((row) => row.round),
        chunk.map((row) => row.reportingDate),
        chunk.map((row) => row.populationGroup),
        chunk.map((row) => row.individuals),
        chunk.map((row) => row.households),
        chunk.map((row) => row.sourceRef),
      ],
    );
    let written = 0;
    for (const row of returned) {
      const rows = weight.get(naturalKey(source, { areaPcode: row.area_pcode, locationKey: row.location_key, round: row.round, populationGroup: row.population_group })) ?? 1;
      written += rows;
      if (row.inserted) counts.inserted += rows;
      else counts.updated += rows;
    }
    counts.unchanged += [...weight.values()].reduce((sum, rows) => sum + rows, 0) - written;
  }
  return counts;
}
