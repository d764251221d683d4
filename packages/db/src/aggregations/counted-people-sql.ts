import { Prisma } from '../generated/prisma/client';
import { deliveryFilterSql, type ReachFilter } from './reach-filter';
import { isoDateParameter } from './sql-parameters';

/**
 * The conditions of a ReachFilter that concern the person alone (personFilterSql): with
 * these a person's deliveries count all or not at all. The period (`from`, `to`) is
 * answered from each person's first and last delivery dates where they settle it. Any
 * other condition (centre, service type, project, sector, programme, and any condition
 * added to ReachFilter later) needs the deliveries themselves.
 */
const PERSON_CONDITIONS: ReadonlySet<string> = new Set<keyof ReachFilter>(['areaPcode', 'populationGroup', 'sex']);
const PERIOD: ReadonlySet<string> = new Set<keyof ReachFilter>(['from', 'to']);

/** True when beneficiary_reach_rollup answers the filter: no condition on deliveries but the period. */
export function rollupAnswers(filter: ReachFilter): boolean {
  return Object.entries(filter).every(
    ([name, value]) => value === undefined || PERSON_CONDITIONS.has(name) || PERIOD.has(name),
  );
}

/** The copied beneficiary columns of beneficiary_reach_rollup `r` that the person-level figures read. */
const PERSON_COLUMNS = Prisma.raw(
  [
    'beneficiary_id',
    'record_key',
    'sex',
    'population_group',
    'area_pcode',
    'birth_date',
    'consent_purposes_withdrawn',
    'disability_seeing',
    'disability_hearing',
    'disability_walking',
    'disability_cognition',
    'disability_self_care',
    'disability_communication',
  ]
    .map((column) => `r.${column}`)
    .join(', '),
);

/**
 * The people a person-level reach table counts, as a FROM list that gives `b` (the
 * person's columns, named as in beneficiary: sex, birth_date, area_pcode,
 * population_group, record_key, consent_purposes_withdrawn, disability_*) and `counted.n`
 * (their deliveries that pass the filter, at least 1). The caller adds
 * personFilterSql(filter) to its WHERE.
 *
 * - No condition on the deliveries but the period (rollupAnswers): from
 *   beneficiary_reach_rollup, one narrow row per person with deliveries (their count,
 *   first and last delivery dates, copies of the person's columns, kept by triggers,
 *   migration 20261201180000). Without a period no delivery is read. With one, a person
 *   whose first and last deliveries fall inside it counts all their deliveries, one
 *   whose deliveries all fall outside it is left out by those dates alone, and only the
 *   deliveries of the people in between (first before the period, last after its start,
 *   or the reverse) are counted from service_delivery, in the period. A report up to the
 *   last completed month thus reads the deliveries of the people served since.
 * - Otherwise the deliveries that pass the filter are counted per person first (one hash
 *   or index-ordered aggregation over service_delivery, no expression per delivery), then
 *   the people are joined.
 */
export function countedPeopleSql(filter: ReachFilter): Prisma.Sql {
  if (!rollupAnswers(filter)) {
    return Prisma.sql`(
        SELECT sd.beneficiary_id AS person, COUNT(*) AS n
        FROM service_delivery sd
        LEFT JOIN project p ON p.id = sd.project_id
        WHERE ${deliveryFilterSql(filter)}
        GROUP BY sd.beneficiary_id
      ) AS counted
      JOIN beneficiary b ON b.id = counted.person`;
  }
  const from = filter.from === undefined ? undefined : isoDateParameter(filter.from, 'filter.from');
  const to = filter.to === undefined ? undefined : isoDateParameter(filter.to, 'filter.to');
  if (from === undefined && to === undefined) {
    return Prisma.sql`beneficiary_reach_rollup b CROSS JOIN LATERAL (SELECT b.deliveries AS n) AS counted`;
  }
  const inside = Prisma.join(
    [
      ...(from === undefined ? [] : [Prisma.sql`r.first_delivered_on >= ${from}::date`]),
      ...(to === undefined ? [] : [Prisma.sql`r.last_delivered_on <= ${to}::date`]),
    ],
    ' AND ',
  );
  const overlapping = Prisma.join(
    [
      ...(from === undefined ? [] : [Prisma.sql`r.last_delivered_on >= ${from}::date`]),
      ...(to === undefined ? [] : [Prisma.sql`r.first_delivered_on <= ${to}::date`]),
    ],
    ' AND ',
  );
  const inPeriod = Prisma.join(
    [
      ...(from === undefined ? [] : [Prisma.sql`sd.delivered_on >= ${from}::date`]),
      ...(to === undefined ? [] : [Prisma.sql`sd.delivered_on <= ${to}::date`]),
    ],
    ' AND ',
  );
  // GROUP BY the primary key: the other columns of r depend on it.
  return Prisma.sql`(
      SELECT ${PERSON_COLUMNS}, r.deliveries AS n
      FROM beneficiary_reach_rollup r
      WHERE ${inside}
      UNION ALL
      SELECT ${PERSON_COLUMNS}, COUNT(*) AS n
      FROM beneficiary_reach_rollup r
      JOIN service_delivery sd ON sd.beneficiary_id = r.beneficiary_id
      WHERE NOT (${inside}) AND ${overlapping} AND ${inPeriod}
      GROUP BY r.beneficiary_id
    ) AS b
    CROSS JOIN LATERAL (SELECT b.n AS n) AS counted`;
}
