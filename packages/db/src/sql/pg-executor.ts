import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyStatement } from './copy-text';
import type { SqlExecutor } from './sql-executor';

function onClient(client: pg.PoolClient): SqlExecutor {
  const executor: SqlExecutor = {
    async exec(sql) {
      // No parameters: node-postgres uses the simple protocol, which accepts several statements.
      await client.query(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(sql, [...params]);
      return result.rows;
    },
    async copyInto(table, columns, rows) {
      await pipeline(Readable.from([rows]), client.query(copyFrom(copyStatement(table, columns, 'STDIN'))));
    },
    transaction: (work) => work(executor),
  };
  return executor;
}

/** A SqlExecutor over a node-postgres pool; each transaction holds one pooled connection (and only there can it COPY). */
export function pgExecutor(pool: pg.Pool): SqlExecutor {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query<Row>(sql, [...params]);
      return result.rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
