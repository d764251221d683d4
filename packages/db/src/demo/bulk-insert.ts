import type { Prisma } from '../generated/prisma/client';

type SqlType = 'uuid' | 'text' | 'date' | 'timestamptz' | 'integer' | 'boolean';

export interface BulkColumn<Row> {
  /** Column name in the database (snake_case, as mapped in schema.prisma). */
  readonly column: string;
  readonly type: SqlType;
  readonly value: (row: Row) => string | number | boolean | Date | null | undefined;
}

function toParameter(
  type: SqlType,
  value: string | number | boolean | Date | null | undefined,
): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}

/**
 * INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING: one array parameter per
 * column instead of one parameter per value. About five times faster than createMany
 * for the generated people (Prisma's per-value work dominated, on PGlite and on
 * PostgreSQL alike), and free of the 65,535-parameter limit.
 * Returns the number of rows inserted.
 */
export async function insertUnnest<Row>(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
  sliceSize = 5000,
): Promise<number> {
  let inserted = 0;
  const names = columns.map((column) => `"${column.column}"`).join(', ');
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`;
  for (let start = 0; start < rows.length; start += sliceSize) {
    const slice = rows.slice(start, start + sliceSize);
    const parameters = columns.map((column) => slice.map((row) => toParameter(column.type, column.value(row))));
    inserted += await tx.$executeRawUnsafe(sql, ...parameters);
  }
  return inserted;
}
