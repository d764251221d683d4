import { DEFAULT_FUNDING_TRANSACTION_TYPES, Prisma, type RawQueryClient } from '@crc/db';
import { shares } from '@crc/metrics';
import type { ReportPeriod } from '../../programme/report-period';
import { traced, type Traced } from './traced';

export interface DonorShare {
  readonly donor: string;
  /** Exact decimal sum. */
  readonly amount: string;
  /** Percentage with one decimal; the shares of a currency add up to exactly 100.0. */
  readonly share: number;
}

/** One currency's contributions: amounts in different currencies never add. */
export interface DonorContributions {
  readonly currency: string;
  readonly rows: readonly DonorShare[];
  /** Exact sum of the rows, from the funding rows themselves. */
  readonly total: string;
}

interface Row {
  readonly donor: string;
  readonly currency: string;
  readonly amount: string;
  readonly total: string;
}

/**
 * Commitments to the programme (its own funding rows and its projects') dated in the
 * period, summed per donor in SQL as NUMERIC, with shares that add up to exactly 100
 * (@crc/metrics `shares`, largest remainder). Commitments only, as the gateway's
 * figures: disbursements spend committed money again.
 */
export async function donorContributions(
  prisma: RawQueryClient,
  programmeId: string,
  period: ReportPeriod,
): Promise<Traced<DonorContributions[]>> {
  const types = DEFAULT_FUNDING_TRANSACTION_TYPES;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o.name AS donor, f.currency, SUM(f.amount)::text AS amount,
           (SUM(SUM(f.amount)) OVER (PARTITION BY f.currency))::text AS total
    FROM funding f
    JOIN organisation o ON o.id = f.donor_organisation_id
    LEFT JOIN project p ON p.id = f.project_id
    WHERE (f.programme_id = ${programmeId}::uuid OR p.programme_id = ${programmeId}::uuid)
      AND f.transaction_type IN (${Prisma.join([...types])})
      AND f.transaction_date BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY o.name, f.currency
    ORDER BY f.currency, SUM(f.amount) DESC, o.name`;
  const currencies = [...new Set(rows.map((row) => row.currency))];
  const value = currencies.map((currency) => {
    const of = rows.filter((row) => row.currency === currency);
    const percentages = shares(
      of.map((row) => row.amount),
      { decimals: 1 },
    );
    return {
      currency,
      rows: of.map((row, i) => ({ donor: row.donor, amount: row.amount, share: percentages[i]! })),
      total: of[0]!.total,
    };
  });
  return traced(
    'donor-contributions',
    value,
    `SELECT donor, currency, SUM(amount) FROM funding (of the programme or its projects) WHERE transaction_type IN (${types.join(', ')}) AND transaction_date BETWEEN ${period.from} AND ${period.to} GROUP BY donor, currency; shares to 100 (largest remainder, one decimal)`,
  );
}
