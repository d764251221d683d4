import type { DateInput } from '@crc/domain';
import { Prisma } from '../generated/prisma/client';
import { consentedForFiguresSql } from './consented-for-figures-sql';
import { isoDateParameter, pcodePrefixParameter, uuidParameter } from './sql-parameters';

/**
 * Which service deliveries a reach figure counts. Every field narrows; an empty filter
 * counts every delivery. In the SQL, `sd` is service_delivery, `b` the beneficiary and
 * `p` the delivery's project (absent for deliveries outside any project).
 */
export interface ReachFilter {
  /** Deliveries made by this centre. */
  readonly centreId?: string;
  /**
   * People living in this area or inside it: a p-code at any level, matched as a
   * prefix of the beneficiary's area of residence (IQG10 matches IQG10Q05N02). People
   * with no recorded area are left out by this filter.
   */
  readonly areaPcode?: string;
  /** First delivery date counted (inclusive). */
  readonly from?: DateInput;
  /** Last delivery date counted (inclusive). */
  readonly to?: DateInput;
  readonly serviceType?: string;
  /** The sector of the delivery's project (see deliverySectorSql). */
  readonly sector?: string;
  readonly projectId?: string;
  /** Deliveries of the projects of this programme. */
  readonly programmeId?: string;
  readonly populationGroup?: string;
  readonly sex?: string;
}

/** The WHERE condition for a filter, every value a bound parameter. */
export function reachFilterSql(filter: ReachFilter): Prisma.Sql {
  return Prisma.join([deliveryFilterSql(filter), personFilterSql(filter)], ' AND ');
}

/** The conditions on the delivery itself (`sd`) and its project (`p`): which deliveries count. */
export function deliveryFilterSql(filter: ReachFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.centreId !== undefined)
    conditions.push(Prisma.sql`sd.centre_id = ${uuidParameter(filter.centreId, 'filter.centreId')}::uuid`);
  if (filter.from !== undefined)
    conditions.push(Prisma.sql`sd.delivered_on >= ${isoDateParameter(filter.from, 'filter.from')}::date`);
  if (filter.to !== undefined)
    conditions.push(Prisma.sql`sd.delivered_on <= ${isoDateParameter(filter.to, 'filter.to')}::date`);
  if (filter.serviceType !== undefined) conditions.push(Prisma.sql`sd.service_type = ${filter.serviceType}::text`);
  if (filter.sector !== undefined) conditions.push(Prisma.sql`p.sector = ${filter.sector}::text`);
  if (filter.projectId !== undefined)
    conditions.push(Prisma.sql`sd.project_id = ${uuidParameter(filter.projectId, 'filter.projectId')}::uuid`);
  if (filter.programmeId !== undefined) {
    conditions.push(Prisma.sql`p.programme_id = ${uuidParameter(filter.programmeId, 'filter.programmeId')}::uuid`);
  }
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}

/** The conditions on the person (`b`): whose deliveries count (never those who withdrew consent to data processing). */
export function personFilterSql(filter: ReachFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [consentedForFiguresSql];
  if (filter.areaPcode !== undefined) {
    conditions.push(
      Prisma.sql`starts_with(b.area_pcode, ${pcodePrefixParameter(filter.areaPcode, 'filter.areaPcode')}::text)`,
    );
  }
  if (filter.populationGroup !== undefined)
    conditions.push(Prisma.sql`b.population_group = ${filter.populationGroup}::text`);
  if (filter.sex !== undefined) conditions.push(Prisma.sql`b.sex = ${filter.sex}::text`);
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}
