import type { Dimension } from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';
import { cellKeySql, recordKeyStepSql } from './cell-key-sql';
import type { ReachSqlOptions } from './person-reach-sql';
import { ageJoinSql, dimensionSql } from './reach-dimension-sql';
import { countedDeliveriesSql } from './counted-deliveries-sql';
import { deliveryFilterSql, personFilterSql } from './reach-filter';
import { groupingSets } from './reach-grouping-sets';

/**
 * The reach query for any table, including dimensions of the delivery (service type,
 * sector), where one person can be in several cells. It reads the deliveries from the
 * monthly rollup (countedDeliveriesSql: whole months from service_delivery_rollup, the
 * days of partly covered months from service_delivery). Their codes are computed in a
 * CTE (one row per person and cell), then grouped by GROUPING SETS (cells, rows,
 * columns, grand total) *with the person*, so each group holds each of its people once;
 * the outer query counts those rows and sums their record keys (modulo 2^32: the cell
 * key).
 */
export function deliveryReachSql(by: readonly Dimension[], { at, brackets, filter }: ReachSqlOptions): Prisma.Sql {
  const { from: _from, to: _to, ...otherThanDates } = filter;
  const columns = by.map((_, i) => Prisma.raw(`d${i}`)); // generated names, never user input
  const selects = by.map((dimension, i) => Prisma.sql`${dimensionSql(dimension, { at, brackets })} AS ${columns[i]!}`);
  const ageJoin = by.includes('ageBracket') && at !== undefined ? ageJoinSql(at) : Prisma.empty;
  // One row per person and cell first (hash aggregation), with the deliveries behind it:
  // the distinct counts of the grouping sets then sort far fewer rows than one per delivery.
  const groupBy = [
    Prisma.sql`sd.beneficiary_id`,
    Prisma.sql`b.record_key`,
    ...by.map((_, i) => Prisma.raw(String(i + 3))),
  ];
  const base = Prisma.sql`
    SELECT ${Prisma.join([Prisma.sql`sd.beneficiary_id AS person`, Prisma.sql`${recordKeyStepSql('b.record_key')} AS key_step`, ...selects, Prisma.sql`SUM(sd.n) AS n`])}
    FROM ${countedDeliveriesSql(filter)}
    JOIN beneficiary b ON b.id = sd.beneficiary_id
    LEFT JOIN project p ON p.id = sd.project_id
    ${ageJoin}
    WHERE ${deliveryFilterSql(otherThanDates)} AND ${personFilterSql(filter)}
    GROUP BY ${Prisma.join(groupBy)}`;
  // Each group's people once (person_rows), then: how many, their deliveries, their cell key.
  const counts = Prisma.sql`COUNT(*)::int AS people, COALESCE(SUM(n), 0)::bigint AS deliveries, ${cellKeySql('key_step')} AS cell_key`;
  if (by.length === 0) {
    return Prisma.sql`
      WITH base AS (${base}),
      person_rows AS (SELECT person, key_step, SUM(n) AS n FROM base GROUP BY person, key_step)
      SELECT NULL::int AS grouping_mask, ${counts} FROM person_rows`;
  }
  const person = [Prisma.raw('person'), Prisma.raw('key_step')];
  const sets = groupingSets(by.length).map(
    (set) => Prisma.sql`(${Prisma.join([...set.map((i) => columns[i]!), ...person])})`,
  );
  return Prisma.sql`
    WITH base AS (${base}),
    person_rows AS (
      SELECT ${Prisma.join(columns)}, GROUPING(${Prisma.join(columns)})::int AS grouping_mask, person, key_step, SUM(n) AS n
      FROM base
      GROUP BY GROUPING SETS (${Prisma.join(sets)})
    )
    SELECT ${Prisma.join(columns)}, grouping_mask, ${counts}
    FROM person_rows
    GROUP BY ${Prisma.join(columns)}, grouping_mask`;
}
