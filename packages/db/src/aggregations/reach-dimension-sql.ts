import type { AgeBracket } from '@crc/domain';
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
 * Completed years on `at`, the rule of @crc/domain's ageAt: the difference of the years,
 * minus one when the birthday (month, day) has not come yet on `at`. So someone born
 * on 29 February completes a year on 1 March in common years. NULL without a birth date.
 */
function completedYearsSql(at: string): Prisma.Sql {
  return Prisma.sql`(
    EXTRACT(YEAR FROM ${at}::date) - EXTRACT(YEAR FROM b.birth_date)
    - CASE WHEN (EXTRACT(MONTH FROM ${at}::date), EXTRACT(DAY FROM ${at}::date))
              < (EXTRACT(MONTH FROM b.birth_date), EXTRACT(DAY FROM b.birth_date))
           THEN 1 ELSE 0 END
  )::int`;
}

/** An area p-code rolled up to a level by prefix (governorate = 5 characters, district = 8); coarser areas are not_recorded. */
function areaAtLevelSql(length: number): Prisma.Sql {
  return Prisma.sql`CASE WHEN length(b.area_pcode) >= ${length}::int THEN left(b.area_pcode, ${length}::int) ELSE ${NOT_RECORDED}::text END`;
}

const PCODE_LENGTH = { governorate: 5, district: 8, subdistrict: 11 } as const;

export interface DimensionSqlOptions {
  /** ISO date ages are computed on; required for ageBracket. */
  readonly at?: string;
  readonly brackets: readonly AgeBracket[];
}

/**
 * The code of a delivery in one dimension, as a SQL expression over `sd`
 * (service_delivery), `b` (beneficiary: sex, age, population group and area of
 * residence are the person's), `p` (the delivery's project, possibly absent) and, for
 * ageBracket, `age` (ageJoinSql).
 * Missing values become `not_recorded`, as in @crc/metrics.
 */
export function dimensionSql(dimension: Dimension, options: DimensionSqlOptions): Prisma.Sql {
  switch (dimension) {
    case 'sex':
      return Prisma.sql`COALESCE(b.sex, ${NOT_RECORDED}::text)`;
    case 'populationGroup':
      return Prisma.sql`COALESCE(b.population_group, ${NOT_RECORDED}::text)`;
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
 * The join that gives each delivery its person's age on `at` as `age.years` (NULL
 * without a birth date); needed by a table by ageBracket. A lateral projection, which
 * PostgreSQL flattens into the scan: the age expression is written once.
 */
export function ageJoinSql(at: string): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (SELECT ${completedYearsSql(at)} AS years) AS age`;
}

/**
 * The bracket code of `age.years`; NULL for an age in no bracket (refused by the caller).
 * Someone born after `at` has no age on that date and is counted under `not_recorded`,
 * as in @crc/metrics: a table never fails, or differs, because of a hidden birth date.
 */
function ageBracketSql({ at, brackets }: DimensionSqlOptions): Prisma.Sql {
  if (at === undefined) throw new FigureInputError('a table by ageBracket needs `at`, the date ages are computed on', 'at');
  const whens = brackets.map((bracket) =>
    bracket.maxAge === null
      ? Prisma.sql`WHEN age.years >= ${bracket.minAge}::int THEN ${bracket.code}::text`
      : Prisma.sql`WHEN age.years BETWEEN ${bracket.minAge}::int AND ${bracket.maxAge}::int THEN ${bracket.code}::text`,
  );
  return Prisma.sql`CASE
      WHEN age.years IS NULL OR age.years < 0 THEN ${NOT_RECORDED}::text
      ${Prisma.join(whens, ' ')}
      ELSE NULL END`;
}
