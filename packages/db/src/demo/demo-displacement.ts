import { areasAtLevel } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import type { LoadCounts } from '../reference/load-counts';
import { DOCUMENT_ROUND, PUBLISHED_AREA_FIGURES, publishedSourceRef } from './published-displacement';
import { generateSyntheticMasterList } from './synthetic-master-list';

/** A displacement figure as the demo writes it (natural key: source, areaPcode, locationKey, round, populationGroup). */
export interface DemoDisplacementRow {
  readonly areaPcode: string;
  readonly level: 'governorate' | 'district' | 'subdistrict';
  readonly locationCode: string | null;
  readonly locationName: string | null;
  readonly locationKey: string;
  readonly round: number;
  readonly reportingDate: string;
  readonly populationGroup: string;
  readonly individuals: number;
  readonly households: number | null;
  readonly source: string;
  readonly sourceRef: string;
}

/** Governorates of the demo's synthetic slice: where the CRCs and community centres are (Diyala, Kirkuk, Ninewa, Salah al-Din). */
export const DEMO_DISPLACEMENT_GOVERNORATES = ['IQG10', 'IQG13', 'IQG15', 'IQG16'] as const;
/** Rounds of the demo's synthetic slice: enough for a series, few enough to load in well under a second. */
export const DEMO_DISPLACEMENT_ROUNDS = 6;

/**
 * The demo's displacement figures: what the IOM documents quote for an area (round
 * DOCUMENT_ROUND, source `iom_document`), and a small illustrative slice of the synthetic
 * master list (one location per sub-district of DEMO_DISPLACEMENT_GOVERNORATES, the last
 * DEMO_DISPLACEMENT_ROUNDS rounds), so that the demo has series and a latest round.
 */
export function demoDisplacementRows(seed: number): DemoDisplacementRow[] {
  const published = PUBLISHED_AREA_FIGURES.map(
    (figure): DemoDisplacementRow => ({
      areaPcode: figure.areaPcode,
      level: figure.level,
      locationCode: null,
      locationName: null,
      locationKey: '',
      round: DOCUMENT_ROUND,
      reportingDate: figure.reportingDate,
      populationGroup: figure.populationGroup,
      individuals: figure.individuals,
      households: null,
      source: 'iom_document',
      sourceRef: publishedSourceRef(figure.source, figure.detail),
    }),
  );
  const governorates = new Set<string>(DEMO_DISPLACEMENT_GOVERNORATES);
  const subdistricts = areasAtLevel('subdistrict').filter((area) => governorates.has(area.pcode.slice(0, 5))).length;
  const synthetic = generateSyntheticMasterList({ governorates: [...governorates], locations: subdistricts, rounds: DEMO_DISPLACEMENT_ROUNDS, seed });
  return [...published, ...synthetic];
}

const COLUMNS = [
  ['area_pcode', 'text', (row) => row.areaPcode],
  ['level', 'text', (row) => row.level],
  ['location_code', 'text', (row) => row.locationCode],
  ['location_name', 'text', (row) => row.locationName],
  ['location_key', 'text', (row) => row.locationKey],
  ['round', 'integer', (row) => row.round],
  ['reporting_date', 'date', (row) => row.reportingDate],
  ['population_group', 'text', (row) => row.populationGroup],
  ['individuals', 'integer', (row) => row.individuals],
  ['households', 'integer', (row) => row.households],
  ['source', 'text', (row) => row.source],
  ['source_ref', 'text', (row) => row.sourceRef],
] as const satisfies readonly (readonly [string, string, (row: DemoDisplacementRow) => string | number | null])[];

const KEY = ['source', 'area_pcode', 'location_key', 'round', 'population_group'];
const VALUES = COLUMNS.map(([column]) => column).filter((column) => !KEY.includes(column));

/**
 * Upserts figures by their natural key in one statement per 5,000 rows; a row equal to
 * the stored one is not rewritten (so a second load reports everything unchanged).
 * `level` is cast to the admin_level enum; the other columns are plain.
 */
export async function upsertDisplacementFigures(tx: Prisma.TransactionClient, rows: readonly DemoDisplacementRow[]): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const names = COLUMNS.map(([column]) => `"${column}"`).join(', ');
  const arrays = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const selected = COLUMNS.map(([column]) => (column === 'level' ? `"${column}"::"admin_level"` : `"${column}"`)).join(', ');
  const stored = VALUES.map((column) => `"displacement_figure"."${column}"`).join(', ');
  const incoming = VALUES.map((column) => `EXCLUDED."${column}"`).join(', ');
  const sql = `INSERT INTO "displacement_figure" (${names})
    SELECT ${selected} FROM unnest(${arrays}) AS incoming(${names})
    ON CONFLICT (${KEY.map((column) => `"${column}"`).join(', ')}) DO UPDATE
      SET ${VALUES.map((column) => `"${column}" = EXCLUDED."${column}"`).join(', ')}, "updated_at" = now()
      WHERE (${stored}) IS DISTINCT FROM (${incoming})
    RETURNING (xmax = 0) AS inserted`;
  for (let start = 0; start < rows.length; start += 5000) {
    const slice = rows.slice(start, start + 5000);
    const parameters = COLUMNS.map(([, , value]) => slice.map((row) => value(row)));
    const written = await tx.$queryRawUnsafe<{ inserted: boolean }[]>(sql, ...parameters);
    const inserted = written.filter((row) => row.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += slice.length - written.length;
  }
  return counts;
}
