import type { PGlite, Transaction } from '@electric-sql/pglite';
import { copyStatement } from './copy-text';
import type { SqlExecutor } from './sql-executor';

/** PGlite reads COPY data from a Blob given with the query, named '/dev/blob'. */
async function copyIntoPglite(
  db: Pick<PGlite, 'query'> | Transaction,
  table: string,
  columns: readonly string[],
  rows: string,
): Promise<void> {
  await db.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([rows]) });
}

function onTransaction(tx: Transaction): SqlExecutor {
  const executor: SqlExecutor = {
    async exec(sql) {
      await tx.exec(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<Row>(sql, [...params]);
      return result.rows;
    },
    copyInto: (table, columns, rows) => copyIntoPglite(tx, table, columns, rows),
    transaction: (work) => work(executor),
  };
  return executor;
}

/** A SqlExecutor over an embedded PGlite database (one connection, so transactions queue). */
export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return result.rows;
    },
    // One connection: a temporary table outlives the statement that filled it.
    copyInto: (table, columns, rows) => copyIntoPglite(db, table, columns, rows),
    transaction: (work) => db.transaction((tx) => work(onTransaction(tx))),
  };
}
