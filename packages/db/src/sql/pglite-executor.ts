import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlExecutor } from './sql-executor';

function onTransaction(tx: Transaction): SqlExecutor {
  const executor: SqlExecutor = {
    async exec(sql) {
      await tx.exec(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<Row>(sql, [...params]);
      return result.rows;
    },
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
    transaction: (work) => db.transaction((tx) => work(onTransaction(tx))),
  };
}
