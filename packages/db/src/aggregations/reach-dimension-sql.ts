import { WASHINGTON_GROUP_DOMAINS, type AgeBracket } from '@crc/domain';
import { NOT_RECORDED, type Dimension } from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';
import { FigureInputError } from './figure-input-error';

/**
 * The sector of a service delivery: the sector of the project it was delivered under.
 * Service types carry no sector in @crc/domain's vocabulary (a legal counselling
 * session can be part of a protection, education or livelihoods project), while every
 * project has exactly one sector (`project.sector`, vocabulary `sectors`). A delivery
 * outside any project has no sector: it is counted under `not_recorded`, so reach by
 * sector still totals everyone.
 */
export const deliverySectorSql = Prisma.sql`COALESCE(p.sector, ${NOT_RECORDED}::text)`;

/**
 * A date as the integer yyyymmdd (2024-06-30 is 20240630), from integer date parts.
 * Ages are computed from these numbers: `at − birth` is negative exactly when the person
 * was born after `at`, and otherwise its ten-thousands are the completed years (the rule
 * of @crc/domain's ageAt: the difference of the years, minus one when the birthday
 * (month, day) has not come yet). So someone born on 29 February completes a year on
 * 1 March in common years. No numeric EXTRACT, no interval: a few integer operations.
 */
function dateNumberSql(column: string): Prisma.Sql {
  const part = (field: string) => Prisma.raw(`date_part('${field}', ${column})::int`);
  return Prisma.sql`(${part('year')} * 10000 + ${part('month')} * 100 + ${part('day')})`;
}

/** `at` as yyyymmdd, computed here (it is one value for the whole query). */
function atNumber(at: string): number {
  return Number(at.replaceAll('-', ''));
}

/** An area p-code rolled up to a level by prefix (governorate = 5 characters, district = 8); coarser areas are not_recorded. */
function areaAtLevelSql(length: number): Prisma.Sql {
  return Prisma.sql`CASE WHEN length(b.area_pcode) >= ${length}::int THEN left(b.area_pcode, ${length}::int) ELSE ${NOT_RECORDED}::text END`;
}

const PCODE_LENGTH = { governorate: 5, district: 8, subdistrict: 11 } as const;

/** The beneficiary columns of the six Washington Group answers (disability_seeing, ..., disability_self_care). */
const WASHINGTON_GROUP_COLUMNS = Prisma.raw(
  WASHINGTON_GROUP_DOMAINS.map((domain) => `b.disability_${domain.code}`).join(', '),
);

/**
 * @crc/domain disabilityStatusOf in SQL, over the person's six answers: with disability when
 * any answer is at the cut-off ("a lot of difficulty", "cannot do at all"), without when all
 * six are answered below it, not recorded otherwise. (`x IN (..., NULL)` is NULL, not true,
 * when nothing matches: a missing answer never counts as one at the cut-off.) The random
 * datasets test compares it with the rule on the answers it draws.
 */
export const disabilityStatusSql = Prisma.sql`CASE
  WHEN 'a_lot_of_difficulty' IN (${WASHINGTON_GROUP_COLUMNS})
    OR 'cannot_do_at_all' IN (${WASHINGTON_GROUP_COLUMNS}) THEN 'with_disability'
  WHEN num_nulls(${WASHINGTON_GROUP_COLUMNS}) = 0 THEN 'without_disability'
  ELSE ${NOT_RECORDED}::text END`;

/**
 * Dimensions that are properties of the person (`b`), not of the delivery: a person has
 * one code in each, whatever was delivered to them. A table by these alone puts each
 * person in exactly one cell (person-reach-sql.ts counts them per person first).
 */
const PERSON_DIMENSIONS: ReadonlySet<Dimension> = new Set<Dimension>([
  'sex',
  'ageBracket',
  'populationGroup',
  'disabilityStatus',
  'governorate',
  'district',
  'subdistrict',
]);

export function isPersonDimension(dimension: Dimension): boolean {
  return PERSON_DIMENSIONS.has(dimension);
}

export interface DimensionSqlOptions {
  /** ISO date ages are computed on; required for ageBracket. */
  readonly at?: string;
  readonly brackets: readonly AgeBracket[];
}

/**
 * The code of a delivery in one dimension, as a SQL expression over `sd`
 * (service_delivery), `b` (beneficiary: sex, age, population group, disability status and
 * area of residence are the person's), `p` (the delivery's project, possibly absent) and, for
 * ageBracket, `age` (ageJoinSql).
 * Missing values become `not_recorded`, as in @crc/metrics.
 */
export function dimensionSql(dimension: Dimension, options: DimensionSqlOptions): Prisma.Sql {
  switch (dimension) {
    case 'sex':
      return Prisma.sql`COALESCE(b.sex, ${NOT_RECORDED}::text)`;
    case 'populationGroup':
      return Prisma.sql`COALESCE(b.population_group, ${NOT_RECORDED}::text)`;
    case 'disabilityStatus':
      return disabilityStatusSql;
    case 'serviceType':
      return Prisma.sql`COALESCE(sd.service_type, ${NOT_RECORDED}::text)`;
    case 'sector':
      return deliverySectorSql;
    case 'governorate':
    case 'district':
    case 'subdistrict':
      return areaAtLevelSql(PCODE_LENGTH[dimension]);
    case 'ageBracket':
      return ageBracketSql(options);
  }
}

/**
 * The join that gives each row its person's age on `at` as `age.span`: `at − birth` in
 * yyyymmdd numbers (see dateNumberSql), NULL without a birth date; needed by a table by
 * ageBracket. A lateral projection, which PostgreSQL flattens into the scan: the age
 * expression is written once, and ageBracketSql uses it once.
 */
export function ageJoinSql(at: string): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (SELECT ${atNumber(at)}::int - ${dateNumberSql('b.birth_date')} AS span) AS age`;
}

/**
 * The bracket code of `age.span`. `width_bucket` finds the bracket among the brackets'
 * lower bounds (in yyyymmdd spans: 18 years is 180000) in one call, so the age
 * expression is evaluated once per row whatever the number of brackets; an age below
 * the first bound (born after `at`) is bucket 0 and no birth date is NULL, both
 * `not_recorded`, as in @crc/metrics: a table never fails, or differs, because of a
 * hidden birth date. Brackets are checked to start at 0 and to be contiguous
 * (checkedBrackets), so every age has one.
 */
function ageBracketSql({ at, brackets }: DimensionSqlOptions): Prisma.Sql {
  if (at === undefined)
    throw new FigureInputError('a table by ageBracket needs `at`, the date ages are computed on', 'at', 'needs_at');
  const bounds = brackets.map((bracket) => bracket.minAge * 10000);
  const codes = [NOT_RECORDED, ...brackets.map((bracket) => bracket.code)];
  return Prisma.sql`COALESCE((${codes}::text[])[1 + width_bucket(age.span, ${bounds}::int[])], ${NOT_RECORDED}::text)`;
}
