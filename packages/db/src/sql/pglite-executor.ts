import type { PGlite, Transaction } from '@electric-sql/pglite';
import { copyStatement } from './copy-text';
import { IdenticalReads } from './identical-reads';
import type { QueryOptions, SqlExecutor } from './sql-executor';

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
  const identicalReads = new IdenticalReads();
  const read = async <Row extends Record<string, unknown>>(sql: string, params: readonly unknown[]) =>
    (await db.query<Row>(sql, [...params])).rows;
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    // In process, there is nothing to prepare: `prepare` is ignored.
    query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
      return options?.coalesce ? identicalReads.run(sql, params, () => read<Row>(sql, params)) : read<Row>(sql, params);
    },
    // One connection: a temporary table outlives the statement that filled it.
    copyInto: (table, columns, rows) => copyIntoPglite(db, table, columns, rows),
    transaction: (work) => db.transaction((tx) => work(onTransaction(tx))),
  };
}
