import type { DateInput } from '@crc/domain';
import { shares, orderedCategories } from '@crc/metrics';
import { Prisma } from '../generated/prisma/client';
import { cellKeySql, recordKeyStepSql } from './cell-key-sql';
import { FigureInputError } from './figure-input-error';
import { deliverySectorSql } from './reach-dimension-sql';
import type { RawQueryClient } from './reach-in-sql';
import { isoDateParameter, uuidParameter } from './sql-parameters';
import { consentedForFiguresSql } from './consented-for-figures-sql';

/**
 * Funding is summed over commitments unless told otherwise: disbursements and
 * expenditures spend money that was committed, so adding them to commitments would
 * count the same money two or three times.
 */
export const DEFAULT_FUNDING_TRANSACTION_TYPES: readonly string[] = ['incoming_commitment', 'outgoing_commitment'];

interface SharesBySectorCommon {
  /** Only this programme: its own funding and its projects' (funding), or its projects' deliveries (beneficiaries). */
  readonly programmeId?: string;
  /** Digits of the percentages, 0 to 6 (default 0); they add up to exactly 100 (@crc/metrics `shares`). */
  readonly decimals?: number;
  /** First date counted (transaction date for funding, delivery date for beneficiaries), inclusive. */
  readonly from?: DateInput;
  /** Last date counted, inclusive. */
  readonly to?: DateInput;
}

export interface FundingSharesOptions extends SharesBySectorCommon {
  readonly measure: 'funding';
  /** IATI transaction types summed (vocabulary iatiTransactionTypes); default DEFAULT_FUNDING_TRANSACTION_TYPES. */
  readonly transactionTypes?: readonly string[];
  /** Only funding in this currency; required when the funding counted is in several (amounts in different currencies do not add). */
  readonly currency?: string;
}

export interface BeneficiarySharesOptions extends SharesBySectorCommon {
  readonly measure: 'beneficiaries';
}

/** One sector's figure and its percentage of the sum of all sectors' figures. */
export interface SectorShare<Value> {
  /** A code of vocabulary sectors, or `not_recorded` for what no project (so no sector) is attached to. */
  readonly sector: string;
  readonly value: Value;
  readonly share: number;
}

export interface FundingSharesBySector {
  readonly measure: 'funding';
  /** ISO 4217 code of every amount; null when nothing was counted. */
  readonly currency: string | null;
  readonly transactionTypes: readonly string[];
  readonly decimals: number;
  /** Exact decimal strings, e.g. "1500000.50". */
  readonly rows: readonly SectorShare<string>[];
  /** Sum of the rows, exact. */
  readonly total: string;
}

/** A sector's people with their cell key (@crc/metrics `cellKeyOf`), for `publishCount`. */
export interface KeyedSectorShare extends SectorShare<number> {
  readonly cellKey: number;
}

export interface BeneficiarySharesBySector {
  readonly measure: 'beneficiaries';
  readonly decimals: number;
  /** Distinct people reached in each sector, with their cell key. */
  readonly rows: readonly KeyedSectorShare[];
  /** The cell key of the people of `total`. */
  readonly totalCellKey: number;
  /**
   * Distinct people reached in any sector: less than the sum of the rows when people
   * were reached in several sectors. The shares are of the sum of the rows (each
   * sector's share of the people-in-sector counts), the only reading that adds to 100.
   */
  readonly total: number;
}

/**
 * Each sector's share of funding or of people reached, summed in SQL (money exactly, as
 * NUMERIC; people as distinct beneficiaries), then turned into percentages with
 * @crc/metrics `shares`, which add up to exactly 100. A funding transaction's sector is
 * its project's; a delivery's sector is its project's (see deliverySectorSql). Funding
 * or deliveries without a project are shown under `not_recorded` (unless a programme is
 * asked for, when deliveries outside its projects do not count). Sectors in vocabulary
 * order, only those with something counted.
 *
 * @throws FigureInputError for funding in several currencies without `currency` (field `currency`).
 */
export async function sharesBySector(
  prisma: RawQueryClient,
  options: FundingSharesOptions,
): Promise<FundingSharesBySector>;
export async function sharesBySector(
  prisma: RawQueryClient,
  options: BeneficiarySharesOptions,
): Promise<BeneficiarySharesBySector>;
export async function sharesBySector(
  prisma: RawQueryClient,
  options: FundingSharesOptions | BeneficiarySharesOptions,
): Promise<FundingSharesBySector | BeneficiarySharesBySector>;
export async function sharesBySector(
  prisma: RawQueryClient,
  options: FundingSharesOptions | BeneficiarySharesOptions,
): Promise<FundingSharesBySector | BeneficiarySharesBySector> {
  return options.measure === 'funding' ? fundingShares(prisma, options) : beneficiaryShares(prisma, options);
}

interface FundingGroup {
  readonly sector: string | null;
  readonly currency: string;
  readonly amount: string;
}

async function fundingShares(prisma: RawQueryClient, options: FundingSharesOptions): Promise<FundingSharesBySector> {
  const decimals = options.decimals ?? 0;
  const transactionTypes = options.transactionTypes ?? DEFAULT_FUNDING_TRANSACTION_TYPES;
  const conditions: Prisma.Sql[] = [Prisma.sql`f.transaction_type = ANY(${[...transactionTypes]}::text[])`];
  if (options.programmeId !== undefined) {
    const programmeId = uuidParameter(options.programmeId, 'programmeId');
    conditions.push(Prisma.sql`(f.programme_id = ${programmeId}::uuid OR p.programme_id = ${programmeId}::uuid)`);
  }
  if (options.currency !== undefined) conditions.push(Prisma.sql`f.currency = ${options.currency.toUpperCase()}::text`);
  if (options.from !== undefined)
    conditions.push(Prisma.sql`f.transaction_date >= ${isoDateParameter(options.from, 'from')}::date`);
  if (options.to !== undefined)
    conditions.push(Prisma.sql`f.transaction_date <= ${isoDateParameter(options.to, 'to')}::date`);

  // Per sector and currency, and per currency (sector NULL): NUMERIC sums, exact, read as text.
  const groups = await prisma.$queryRaw<FundingGroup[]>`
    SELECT sector, currency, SUM(amount)::text AS amount
    FROM (
      SELECT COALESCE(p.sector, 'not_recorded') AS sector, f.currency, f.amount
      FROM funding f
      LEFT JOIN project p ON p.id = f.project_id
      WHERE ${Prisma.join(conditions, ' AND ')}
    ) AS counted
    GROUP BY GROUPING SETS ((sector, currency), (currency))`;

  const currencies = [...new Set(groups.map((group) => group.currency))].sort();
  if (currencies.length > 1) {
    throw new FigureInputError(
      `the funding counted is in ${currencies.join(', ')}: amounts in different currencies do not add; ask for one currency`,
      'currency',
      'mixed_currencies',
      { currencies: currencies.join(', ') },
    );
  }
  const bySector = new Map(
    groups.filter((group) => group.sector !== null).map((group) => [group.sector!, group.amount]),
  );
  const sectors = orderedCategories('sector', bySector.keys());
  const values = sectors.map((sector) => bySector.get(sector)!);
  const percentages = shares(values, { decimals });
  return {
    measure: 'funding',
    currency: currencies[0] ?? null,
    transactionTypes,
    decimals,
    rows: sectors.map((sector, i) => ({ sector, value: values[i]!, share: percentages[i]! })),
    total: groups.find((group) => group.sector === null)?.amount ?? '0.00',
  };
}

interface PeopleGroup {
  readonly sector: string | null;
  readonly people: number;
  readonly cell_key: number;
}

async function beneficiaryShares(
  prisma: RawQueryClient,
  options: BeneficiarySharesOptions,
): Promise<BeneficiarySharesBySector> {
  const decimals = options.decimals ?? 0;
  const conditions: Prisma.Sql[] = [consentedForFiguresSql];
  if (options.programmeId !== undefined) {
    conditions.push(Prisma.sql`p.programme_id = ${uuidParameter(options.programmeId, 'programmeId')}::uuid`);
  }
  if (options.from !== undefined)
    conditions.push(Prisma.sql`sd.delivered_on >= ${isoDateParameter(options.from, 'from')}::date`);
  if (options.to !== undefined)
    conditions.push(Prisma.sql`sd.delivered_on <= ${isoDateParameter(options.to, 'to')}::date`);

  // Each sector's people once, and everyone once (person_rows), then counts and cell keys.
  const groups = await prisma.$queryRaw<PeopleGroup[]>`
    WITH person_rows AS (
      SELECT sector, person, key_step, GROUPING(sector)::int AS rolled_up
      FROM (
        SELECT ${deliverySectorSql} AS sector, sd.beneficiary_id AS person, ${recordKeyStepSql('b.record_key')} AS key_step
        FROM service_delivery sd
        JOIN beneficiary b ON b.id = sd.beneficiary_id
        LEFT JOIN project p ON p.id = sd.project_id
        WHERE ${Prisma.join(conditions, ' AND ')}
      ) AS counted
      GROUP BY GROUPING SETS ((sector, person, key_step), (person, key_step))
    )
    SELECT CASE WHEN rolled_up = 1 THEN NULL ELSE sector END AS sector, COUNT(*)::int AS people, ${cellKeySql('key_step')} AS cell_key
    FROM person_rows
    GROUP BY rolled_up, sector`;

  const bySector = new Map(groups.filter((group) => group.sector !== null).map((group) => [group.sector!, group]));
  const sectors = orderedCategories('sector', bySector.keys());
  const values = sectors.map((sector) => bySector.get(sector)!.people);
  const percentages = shares(values, { decimals });
  const total = groups.find((group) => group.sector === null);
  return {
    measure: 'beneficiaries',
    decimals,
    rows: sectors.map((sector, i) => ({
      sector,
      value: values[i]!,
      share: percentages[i]!,
      cellKey: Number(bySector.get(sector)!.cell_key),
    })),
    total: total?.people ?? 0,
    totalCellKey: Number(total?.cell_key ?? 0),
  };
}
