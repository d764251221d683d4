import type { Tx } from './in-transaction';

/** Columns of a batched insert: the row object's key, the table's column, its SQL type. */
export type RowColumns = readonly (readonly [key: string, column: string, type: string])[];

/**
 * Inserts many rows into `table` in ONE statement, whatever their number: the rows travel
 * as one JSON parameter, typed by jsonb_to_recordset (JSON arrays become SQL arrays, ISO
 * strings dates), so the statement's size and its parameter count do not grow with the
 * batch (a multi-row VALUES would run into PostgreSQL's 65,535 parameters). Columns left out
 * take their defaults (record keys, timestamps). `returning` (SQL) answers rows; `onConflict`
 * is appended as written (e.g. `ON CONFLICT DO NOTHING`).
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, never>>(
  tx: Tx,
  table: string,
  columns: RowColumns,
  rows: readonly object[],
  options: { readonly onConflict?: string; readonly returning?: string } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const names = columns.map(([, column]) => `"${column}"`).join(', ');
  const values = columns.map(([key]) => `r."${key}"`).join(', ');
  const types = columns.map(([key, , type]) => `"${key}" ${type}`).join(', ');
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${values} FROM jsonb_to_recordset($1::text::jsonb) AS r(${types})` +
    (options.onConflict === undefined ? '' : ` ${options.onConflict}`) +
    (options.returning === undefined ? '' : ` RETURNING ${options.returning}`);
  const json = JSON.stringify(rows);
  if (options.returning === undefined) {
    await tx.$executeRawUnsafe(sql, json);
    return [];
  }
  return tx.$queryRawUnsafe<R[]>(sql, json);
}
