import type { Tx } from './in-transaction';
import type { RowColumns } from './insert-rows';

/**
 * Updates many rows of `table` in ONE statement (UPDATE ... FROM jsonb_to_recordset, the
 * rows as one JSON parameter, as insertRows): each row sets every column of `columns` but
 * the key, on the row whose `key` column equals its own. `touch` names a timestamp column set
 * to now() (e.g. `updated_at`).
 */
export async function updateRows(
  tx: Tx,
  table: string,
  columns: RowColumns,
  rows: readonly object[],
  key: string,
  options: { readonly touch?: string } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const keyColumn = columns.find(([, column]) => column === key);
  if (keyColumn === undefined) throw new Error(`updateRows: the key ${key} is not one of the columns`);
  const sets = columns
    .filter(([, column]) => column !== key)
    .map(([name, column]) => `"${column}" = r."${name}"`)
    .concat(options.touch === undefined ? [] : [`"${options.touch}" = now()`])
    .join(', ');
  const types = columns.map(([name, , type]) => `"${name}" ${type}`).join(', ');
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET ${sets} FROM jsonb_to_recordset($1::text::jsonb) AS r(${types}) WHERE t."${key}" = r."${keyColumn[0]}"`,
    JSON.stringify(rows),
  );
}
