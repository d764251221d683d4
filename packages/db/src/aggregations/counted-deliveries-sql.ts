import { Prisma } from '../generated/prisma/client';
import type { ReachFilter } from './reach-filter';
import { isoDateParameter } from './sql-parameters';

/** The project key of deliveries outside any project in service_delivery_rollup (a key column cannot be NULL). */
const NO_PROJECT = '00000000-0000-0000-0000-000000000000';

/** First day of the month `months` after the month of an ISO date. */
function monthStart(iso: string, months = 0): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The whole calendar months inside [from, to], as first days (either bound absent: open). */
export function wholeMonths(from: string | undefined, to: string | undefined): { first?: string; last?: string } {
  const first = from === undefined ? undefined : from.endsWith('-01') ? from : monthStart(from, 1);
  const last =
    to === undefined ? undefined : monthStart(to, 1) === isoNextDay(to) ? monthStart(to) : monthStart(to, -1);
  return { ...(first === undefined ? {} : { first }), ...(last === undefined ? {} : { last }) };
}

function isoNextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The deliveries a reach figure counts within the filter's dates, as a FROM item `sd` of
 * rows (beneficiary_id, centre_id, project_id, service_type, n): `n` deliveries of one
 * person, service type, project and centre. Whole calendar months come from
 * service_delivery_rollup (one row per person, month, service type, centre and project);
 * the days of a month the period only partly covers come from service_delivery itself
 * (n = 1 each). The other conditions of the filter (centre, service type, project,
 * sector, programme, person) apply to these rows as to deliveries (deliveryFilterSql
 * without the dates).
 */
export function countedDeliveriesSql(filter: ReachFilter): Prisma.Sql {
  const from = filter.from === undefined ? undefined : isoDateParameter(filter.from, 'filter.from');
  const to = filter.to === undefined ? undefined : isoDateParameter(filter.to, 'filter.to');
  const { first, last } = wholeMonths(from, to);
  const monthConditions = [
    ...(first === undefined ? [] : [Prisma.sql`r.month >= ${first}::date`]),
    ...(last === undefined ? [] : [Prisma.sql`r.month <= ${last}::date`]),
  ];
  const months = Prisma.sql`
    SELECT r.beneficiary_id, r.centre_id, NULLIF(r.project_key, ${NO_PROJECT}::uuid) AS project_id, r.service_type, r.deliveries AS n
    FROM service_delivery_rollup r
    WHERE ${monthConditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(monthConditions, ' AND ')}`;
  if (from === undefined && to === undefined) return Prisma.sql`(${months}) AS sd`;
  // Days outside the whole months: before the first of them, or after the last.
  const outside = [
    ...(first === undefined ? [] : [Prisma.sql`d.delivered_on < ${first}::date`]),
    ...(last === undefined ? [] : [Prisma.sql`d.delivered_on >= ${monthStart(last, 1)}::date`]),
  ];
  const days = Prisma.sql`
    SELECT d.beneficiary_id, d.centre_id, d.project_id, d.service_type, 1 AS n
    FROM service_delivery d
    WHERE ${Prisma.join(
      [
        ...(from === undefined ? [] : [Prisma.sql`d.delivered_on >= ${from}::date`]),
        ...(to === undefined ? [] : [Prisma.sql`d.delivered_on <= ${to}::date`]),
        Prisma.sql`(${Prisma.join(outside, ' OR ')})`,
      ],
      ' AND ',
    )}`;
  return Prisma.sql`(${months} UNION ALL ${days}) AS sd`;
}
