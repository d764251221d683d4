import { ADMIN_LEVELS, type AdminLevel } from '@crc/domain';
import {
  keyedUniqueReach,
  NOT_RECORDED,
  type Dimension,
  type KeyedCrossTable,
  type KeyedDeliveryRecord,
} from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';
import { FigureInputError } from './figure-input-error';
import { deliverySectorSql, disabilityStatusSql } from './reach-dimension-sql';
import { reachFilterSql, type ReachFilter } from './reach-filter';
import type { RawQueryClient, ReachDimension } from './reach-in-sql';
import { withReachSettings } from './reach-statement-settings';

/** What a household figure can be broken down by: the household's own attributes and the services delivered. */
export const HOUSEHOLD_DIMENSIONS = [
  'populationGroup',
  'disabilityStatus',
  'area',
  'governorate',
  'district',
  'subdistrict',
  'sector',
  'serviceType',
] as const;

export interface HouseholdReachOptions {
  readonly filter?: ReachFilter;
  /** Dimensions; the last is the column dimension when there are two or more. Sex and age are a person's, not a household's: refused. */
  readonly by: readonly ReachDimension[];
  /** The level `area` stands for (default governorate): the household's area of residence. */
  readonly areaLevel?: AdminLevel;
  readonly categories?: Partial<Record<Dimension, readonly string[]>>;
}

/** A reach table counting households, with the cell key of every figure (from the households' record keys). */
export type HouseholdReachTable = Omit<KeyedCrossTable<Dimension>, 'unit'> & {
  readonly unit: 'households';
  readonly additive: false;
};

interface HouseholdRow {
  readonly household_id: string;
  readonly record_key: number;
  readonly population_group: string;
  readonly disability_status: string;
  readonly area_pcode: string;
  readonly sector: string;
  readonly service_type: string;
}

/**
 * Households reached: the distinct households with at least one member counted by the
 * same filter as `reachInSql` (a household whose two members were served counts once, in
 * every cell where any member was). People in no household are not counted here.
 * Population group, area and disability status are the household's; sector and service
 * type the deliveries'. A household is with disability when any of its members is (by the
 * Washington Group cut-off, the same rule as person figures), without when every member's
 * six answers are recorded below it, not recorded otherwise: the usual household
 * disaggregation of humanitarian reporting. Each figure's cell key is the fractional part of the sum of the record
 * keys of the households it counts (household.record_key), so the table goes through
 * @crc/metrics `publish` exactly as person tables do.
 *
 * The database returns one row per household and sector and service type (not per
 * delivery); the counting is @crc/metrics keyedUniqueReach over those rows.
 *
 * @throws PlanCostError on PGlite when the statement's planner estimate is above the
 * session's plan cost limit (createDb `pglitePlanCostLimit`), before it runs.
 */
export async function householdReachInSql(
  prisma: RawQueryClient,
  options: HouseholdReachOptions,
): Promise<HouseholdReachTable> {
  const by = options.by.map((dimension): Dimension => {
    if (dimension === 'sex' || dimension === 'ageBracket')
      throw new FigureInputError(
        `households have no ${dimension}: break households down by ${HOUSEHOLD_DIMENSIONS.join(', ')}`,
        'by',
        'not_a_household_dimension',
        { dimension },
      );
    if (dimension === 'area') return options.areaLevel ?? 'governorate';
    if (
      !(HOUSEHOLD_DIMENSIONS as readonly string[]).includes(dimension) &&
      !ADMIN_LEVELS.includes(dimension as AdminLevel)
    )
      throw new FigureInputError(
        `unknown dimension ${JSON.stringify(dimension)}; expected one of ${HOUSEHOLD_DIMENSIONS.join(', ')}`,
        'by',
        'unknown_dimension',
        { dimension },
      );
    return dimension;
  });
  // Only when asked: it reads every member of every household counted.
  const disability = by.includes('disabilityStatus')
    ? Prisma.sql`(SELECT CASE WHEN bool_or(m.status = 'with_disability') THEN 'with_disability'
                              WHEN bool_and(m.status = 'without_disability') THEN 'without_disability'
                              ELSE ${NOT_RECORDED}::text END
                    FROM (SELECT ${disabilityStatusSql} AS status
                            FROM household_member hm2 JOIN beneficiary b ON b.id = hm2.beneficiary_id
                           WHERE hm2.household_id = h.id) AS m)`
    : Prisma.sql`${NOT_RECORDED}::text`;
  const statement = Prisma.sql`
    SELECT DISTINCT h.id::text AS household_id, h.record_key, h.population_group, h.area_pcode,
           ${disability} AS disability_status,
           ${deliverySectorSql} AS sector, COALESCE(sd.service_type, ${NOT_RECORDED}::text) AS service_type
      FROM service_delivery sd
      JOIN beneficiary b ON b.id = sd.beneficiary_id
      JOIN household_member hm ON hm.beneficiary_id = b.id
      JOIN household h ON h.id = hm.household_id
      LEFT JOIN project p ON p.id = sd.project_id
     WHERE ${reachFilterSql(options.filter ?? {})}`;
  // The reach settings, and on PGlite the plan-cost guard, as for person reach (PlanCostError above the limit).
  const rows = await withReachSettings(prisma, (client) => client.$queryRaw<HouseholdRow[]>(statement), statement);
  const records: KeyedDeliveryRecord[] = rows.map((row) => ({
    beneficiaryId: row.household_id,
    recordKey: row.record_key,
    populationGroup: row.population_group as KeyedDeliveryRecord['populationGroup'],
    disabilityStatus:
      row.disability_status === NOT_RECORDED
        ? null
        : (row.disability_status as KeyedDeliveryRecord['disabilityStatus']),
    areaPcode: row.area_pcode,
    sector: row.sector === NOT_RECORDED ? null : (row.sector as KeyedDeliveryRecord['sector']),
    serviceType: row.service_type === NOT_RECORDED ? null : (row.service_type as KeyedDeliveryRecord['serviceType']),
  }));
  const {
    unit: _individuals,
    deliveries: _rows,
    ...table
  } = keyedUniqueReach(records, { by, categories: options.categories ?? {} });
  return { ...table, unit: 'households' };
}
