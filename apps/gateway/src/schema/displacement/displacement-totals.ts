import type { PrismaClient } from '@crc/db';

/** Sum of one population group's figures inside one area (root) and round, at the level and source the rule chose. */
export interface AreaRoundTotal {
  readonly root: string;
  /** The area the figures are for: root itself or an area inside it (at the chosen level). */
  readonly areaPcode: string;
  readonly round: number;
  readonly populationGroup: 'idp' | 'returnee';
  readonly individuals: number;
  /** Null when some counted figure has no households. */
  readonly households: number | null;
  readonly level: 'governorate' | 'district' | 'subdistrict';
  readonly source: string;
}

/**
 * THE COUNTING RULE (no double counting). For each root area, round and population
 * group, figures of the root and of every area inside it (p-code prefix) are summed at
 * ONE level and from ONE source: the coarsest level that has figures (a governorate
 * figure is its source's total for the governorate, so its districts' figures are not
 * added to it), and at that level the first source present of `dtm_master_list`,
 * `dtm_api`, `iom_document`, `manual` (two sources count the same people). Finer figures
 * of areas the chosen level does not cover are left out rather than mixed in.
 * Only IDPs and returnees are counted.
 */
const CHOSEN_FIGURES = `
  WITH scoped AS (
    SELECT r.pcode AS root, f.area_pcode, f.round, f.population_group, f.individuals, f.households, f.level, f.source,
      (array_position(enum_range(NULL::admin_level), f.level) * 10
        + CASE f.source WHEN 'dtm_master_list' THEN 1 WHEN 'dtm_api' THEN 2 WHEN 'iom_document' THEN 3 ELSE 4 END) AS rank
    FROM unnest($1::text[]) AS r(pcode)
    JOIN displacement_figure f ON f.area_pcode LIKE r.pcode || '%'
    WHERE f.round BETWEEN $2 AND $3 AND f.population_group IN ('idp', 'returnee')
  ),
  chosen AS (
    SELECT *, min(rank) OVER (PARTITION BY root, round, population_group) AS top FROM scoped
  )`;

interface TotalRow {
  root: string;
  area_pcode: string;
  round: number;
  population_group: 'idp' | 'returnee';
  individuals: number;
  households: number | null;
  level: AreaRoundTotal['level'];
  source: string;
}

/**
 * Totals per root, chosen area, round and group (summed in SQL), for rounds `from` to `to`.
 * Group by `'root'` for one total per root (the areas inside summed too) or by `'area'`
 * to keep the chosen-level areas apart (for series that flag partial rounds).
 */
export async function areaRoundTotals(
  prisma: PrismaClient,
  roots: readonly string[],
  rounds: { readonly from: number; readonly to: number },
  by: 'root' | 'area',
): Promise<AreaRoundTotal[]> {
  const area = by === 'root' ? 'root' : 'area_pcode';
  const rows = await prisma.$queryRawUnsafe<TotalRow[]>(
    `${CHOSEN_FIGURES}
    SELECT root, ${area} AS area_pcode, round, population_group,
      sum(individuals)::int AS individuals,
      CASE WHEN count(households) = count(*) THEN sum(households)::int END AS households,
      min(level::text) AS level, min(source) AS source
    FROM chosen WHERE rank = top
    GROUP BY root, ${area}, round, population_group
    ORDER BY root, round, population_group, ${area}`,
    [...roots],
    rounds.from,
    rounds.to,
  );
  return rows.map((row) => ({
    root: row.root,
    areaPcode: row.area_pcode,
    round: row.round,
    populationGroup: row.population_group,
    individuals: row.individuals,
    households: row.households,
    level: row.level,
    source: row.source,
  }));
}

/** The highest DTM round with any figure (inside `areaPcode` when given); round 0 (document figures) is not a round. */
export async function latestRound(prisma: PrismaClient, areaPcode?: string): Promise<number | null> {
  const latest = await prisma.displacementFigure.aggregate({
    _max: { round: true },
    where: { round: { gt: 0 }, ...(areaPcode ? { areaPcode: { startsWith: areaPcode } } : {}) },
  });
  return latest._max.round;
}
