import type { AgeBracket } from '@crc/domain';
import type { Dimension } from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';
import { cellKeySql, recordKeyStepSql } from './cell-key-sql';
import { ageJoinSql, dimensionSql, isPersonDimension } from './reach-dimension-sql';
import { countedPeopleSql } from './counted-people-sql';
import { personFilterSql, type ReachFilter } from './reach-filter';
import { groupingSets } from './reach-grouping-sets';

export interface ReachSqlOptions {
  readonly at: string | undefined;
  readonly brackets: readonly AgeBracket[];
  readonly filter: ReachFilter;
}

/** True when a table by these dimensions can be counted person first (personReachSql). */
export function isPersonLevelTable(by: readonly Dimension[]): boolean {
  return by.every(isPersonDimension);
}

/**
 * The reach query for a table whose every dimension is a property of the person (sex,
 * age bracket, population group, area of residence), so that each person falls in one
 * cell. Each person comes with their deliveries counted first (countedPeopleSql: from
 * beneficiary_reach_rollup when the filter sets no condition on deliveries but the
 * period, else one aggregation over service_delivery); only then are their codes
 * computed, once per person, age in integer arithmetic. Cells are counted in one plain GROUP BY; since nobody is in two cells, a
 * total is the sum of its cells (people, deliveries and record-key steps alike, so the
 * cell keys are those of @crc/metrics), and the grouping sets run over the few cell rows.
 * Rows have the shape of the delivery-level query (deliveryReachSql).
 */
export function personReachSql(by: readonly Dimension[], { at, brackets, filter }: ReachSqlOptions): Prisma.Sql {
  const columns = by.map((_, i) => Prisma.raw(`d${i}`)); // generated names, never user input
  const codes = by.map((dimension, i) => Prisma.sql`${dimensionSql(dimension, { at, brackets })} AS ${columns[i]!}`);
  const ageJoin = by.includes('ageBracket') && at !== undefined ? ageJoinSql(at) : Prisma.empty;
  const cellSums = [
    Prisma.sql`COUNT(*) AS people`,
    Prisma.sql`SUM(counted.n) AS n`,
    Prisma.sql`SUM(${recordKeyStepSql('b.record_key')}) AS key_steps`,
  ];
  const cells = Prisma.sql`
    SELECT ${Prisma.join([...codes, ...cellSums])}
    FROM ${countedPeopleSql(filter)}
    ${ageJoin}
    WHERE ${personFilterSql(filter)}
    ${by.length === 0 ? Prisma.empty : Prisma.sql`GROUP BY ${Prisma.join(by.map((_, i) => Prisma.raw(String(i + 1))))}`}`;
  const totals = Prisma.sql`COALESCE(SUM(people), 0)::int AS people, COALESCE(SUM(n), 0)::bigint AS deliveries, ${cellKeySql('key_steps')} AS cell_key`;
  if (by.length === 0) return Prisma.sql`SELECT NULL::int AS grouping_mask, ${totals} FROM (${cells}) AS cells`;
  const sets = groupingSets(by.length).map((set) =>
    set.length === 0 ? Prisma.sql`()` : Prisma.sql`(${Prisma.join(set.map((i) => columns[i]!))})`,
  );
  return Prisma.sql`
    SELECT ${Prisma.join(columns)}, GROUPING(${Prisma.join(columns)})::int AS grouping_mask, ${totals}
    FROM (${cells}) AS cells
    GROUP BY GROUPING SETS (${Prisma.join(sets)})`;
}
