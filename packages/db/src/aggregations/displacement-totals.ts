import { DISPLACEMENT_LEVELS, DISPLACEMENT_SOURCE_PRECEDENCE, type DisplacementLevel } from '@crc/domain';
import type { PrismaClient } from '../generated/prisma/client';

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
  readonly level: DisplacementLevel;
  readonly source: string;
  /** The origin governorate (or 'unknown') when grouped by origin; '' otherwise. */
  readonly origin: string;
}

/** Only figures split by these dimensions (e.g. IDPs from Ninewa). Figures not split by a dimension asked for are left out. */
export interface DisplacementDimensionFilter {
  /** Governorate p-code of origin (IDPs) or last displacement (returnees), or 'unknown'. */
  readonly origin?: string;
  readonly displacementReason?: string;
}

/**
 * THE COUNTING RULE (no double counting). For each root area, round and population
 * group, figures of the root and of every area inside it (p-code prefix; the country
 * `IQ` contains every governorate) are summed at ONE level and from ONE source: the
 * coarsest level that has figures (a national figure is its source's total for Iraq, a
 * governorate figure for the governorate, so the finer figures are not added to them),
 * and at that level the first source present in @crc/domain's
 * DISPLACEMENT_SOURCE_PRECEDENCE (two sources count the same people). Finer figures of
 * areas the chosen level does not cover are left out rather than mixed in.
 *
 * THE ROUND RULE. DTM reports some rounds on more than one date (Iraq round 48:
 * 2016-04-01 and 2016-06-01); both figures are stored. A round's figure of an area,
 * location and source is the one of its LATEST reporting date in that round, so a
 * series has one value per round and the later report supersedes the earlier one.
 *
 * Figures split by origin, reason or shelter (DTM v3 rows) are parts of one total and
 * are summed; `filter` keeps only the parts asked for. Only IDPs and returnees count.
 */
const CHOSEN_FIGURES = `
  WITH scoped AS (
    SELECT r.pcode AS root, f.area_pcode, f.location_key, f.round, f.reporting_date, f.population_group, f.origin,
      f.individuals, f.households, f.level, f.source,
      (array_position($5::text[], f.level::text) * 10 + coalesce(array_position($4::text[], f.source), 9)) AS rank
    FROM unnest($1::text[]) AS r(pcode)
    JOIN displacement_figure f ON f.area_pcode LIKE r.pcode || '%'
    WHERE f.round BETWEEN $2 AND $3 AND f.population_group IN ('idp', 'returnee')
      AND ($6::text IS NULL OR f.origin = $6) AND ($7::text IS NULL OR f.displacement_reason = $7)
  ),
  latest AS (
    SELECT *, max(reporting_date) OVER (PARTITION BY root, source, area_pcode, location_key, round, population_group) AS round_date FROM scoped
  ),
  chosen AS (
    SELECT *, min(rank) OVER (PARTITION BY root, round, population_group) AS top FROM latest WHERE reporting_date = round_date
  )`;

interface TotalRow {
  root: string;
  area_pcode: string;
  round: number;
  population_group: 'idp' | 'returnee';
  individuals: number;
  households: number | null;
  level: DisplacementLevel;
  source: string;
  origin: string;
}

/**
 * Totals per root, round and group (summed in SQL), for rounds `from` to `to`.
 * Group by `'root'` for one total per root (the areas inside summed too), by `'area'`
 * to keep the chosen-level areas apart (for series that flag partial rounds), or by
 * `'origin'` for one total per root and origin governorate ("IDPs in Duhok by origin").
 */
export async function areaRoundTotals(
  prisma: PrismaClient,
  roots: readonly string[],
  rounds: { readonly from: number; readonly to: number },
  by: 'root' | 'area' | 'origin',
  filter: DisplacementDimensionFilter = {},
): Promise<AreaRoundTotal[]> {
  const area = by === 'area' ? 'area_pcode' : 'root';
  const byOrigin = by === 'origin';
  const rows = await prisma.$queryRawUnsafe<TotalRow[]>(
    `${CHOSEN_FIGURES}
    SELECT root, ${area} AS area_pcode, round, population_group, ${byOrigin ? 'origin' : `''`} AS origin,
      sum(individuals)::int AS individuals,
      CASE WHEN count(households) = count(*) THEN sum(households)::int END AS households,
      min(level::text) AS level, min(source) AS source
    FROM chosen WHERE rank = top
    GROUP BY root, ${area}, round, population_group${byOrigin ? ', origin' : ''}
    ORDER BY root, round, population_group, ${area}${byOrigin ? ', origin' : ''}`,
    [...roots],
    rounds.from,
    rounds.to,
    [...DISPLACEMENT_SOURCE_PRECEDENCE],
    [...DISPLACEMENT_LEVELS],
    filter.origin ?? null,
    filter.displacementReason ?? null,
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
    origin: row.origin,
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
