import { Prisma } from '../generated/prisma/client';
import type { LoadCounts } from '../reference/load-counts';

/** A value as compared between a wanted row and the stored one (dates, decimals and arrays by value). */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

export interface SyncOperations<Row> {
  findByIds(ids: string[]): Promise<readonly Record<string, unknown>[]>;
  createMany(rows: Row[]): Promise<{ count: number }>;
  update(row: Row): Promise<unknown>;
}

/**
 * Makes the stored rows equal to the wanted ones, by id: inserts the missing, updates
 * the ones that differ and leaves the rest untouched (so `updatedAt` only moves when
 * something changed and a second load reports everything unchanged).
 */
export async function syncRows<Row extends { id?: string | null }>(
  rows: Row[],
  operations: SyncOperations<Row>,
): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length === 0) return counts;
  const existing = new Map(
    (await operations.findByIds(rows.map((row) => String(row.id)))).map((row) => [String(row.id), row]),
  );
  const missing: Row[] = [];
  for (const row of rows) {
    const stored = existing.get(String(row.id));
    if (!stored) {
      missing.push(row);
    } else if (Object.entries(row).every(([field, value]) => comparable(stored[field]) === comparable(value))) {
      counts.unchanged += 1;
    } else {
      await operations.update(row);
      counts.updated += 1;
    }
  }
  if (missing.length > 0) counts.inserted = (await operations.createMany(missing)).count;
  return counts;
}

/**
 * Inserts rows that have no natural or stable key conflict yet (ON CONFLICT DO NOTHING),
 * in slices small enough for PostgreSQL's 65,535 bind parameters.
 */
export async function insertMissing<Row>(
  rows: readonly Row[],
  createMany: (slice: Row[]) => Promise<{ count: number }>,
  sliceSize = 2000,
): Promise<LoadCounts> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += sliceSize) {
    inserted += (await createMany(rows.slice(start, start + sliceSize))).count;
  }
  return { inserted, updated: 0, unchanged: rows.length - inserted };
}

export function addCounts(a: LoadCounts, b: LoadCounts): LoadCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}
