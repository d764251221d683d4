import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyStatement } from './copy-text';
import { IdenticalReads } from './identical-reads';
import { preparedStatementName } from './prepared-statement-name';
import type { QueryOptions, SqlExecutor } from './sql-executor';

/** node-postgres prepares a statement that has a name, once per connection. */
function queryConfig(text: string, params: readonly unknown[], options: QueryOptions | undefined): pg.QueryConfig {
  const values = [...params];
  return options?.prepare ? { name: preparedStatementName(text), text, values } : { text, values };
}

function onClient(client: pg.PoolClient): SqlExecutor {
  const executor: SqlExecutor = {
    async exec(sql) {
      // No parameters: node-postgres uses the simple protocol, which accepts several statements.
      await client.query(sql);
    },
    async query<Row extends Record<string, unknown>>(
      sql: string,
      params: readonly unknown[] = [],
      options?: QueryOptions,
    ) {
      const result = await client.query<Row>(queryConfig(sql, params, options));
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
  const identicalReads = new IdenticalReads();
  const read = async <Row extends Record<string, unknown>>(config: pg.QueryConfig) =>
    (await pool.query<Row>(config)).rows;
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = [], options?: QueryOptions) {
      const config = queryConfig(sql, params, options);
      return options?.coalesce ? identicalReads.run(sql, params, () => read<Row>(config)) : read<Row>(config);
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
