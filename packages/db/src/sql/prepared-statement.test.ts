import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { pgExecutor } from './pg-executor';

let testDb: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  testDb = await createTestDatabase();
  // One connection: the prepared statement is looked for where it was prepared.
  pool = new pg.Pool({ connectionString: testDb.url, max: 1 });
});

afterAll(async () => {
  await pool.end();
  await testDb.drop();
});

describe.runIf(TEST_DATABASE_KIND === 'postgresql')('prepared statements on PostgreSQL', () => {
  it('are prepared once per connection under one name per text and give the same rows', async () => {
    const sql = pgExecutor(pool);
    const text = 'SELECT $1::int + 1 AS next';
    const prepared = () =>
      pool.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
    expect((await prepared()).rows).toEqual([]);

    expect(await sql.query(text, [1], { prepare: true })).toEqual([{ next: 2 }]);
    expect(await sql.query(text, [41], { prepare: true })).toEqual([{ next: 42 }]);
    expect(await sql.query('SELECT $1::int AS same', [7], { prepare: true })).toEqual([{ same: 7 }]);
    // Without the option a statement is not kept.
    expect(await sql.query('SELECT $1::int AS unprepared', [7])).toEqual([{ unprepared: 7 }]);

    const statements = (await prepared()).rows;
    expect(statements.map((row) => row.statement).sort()).toEqual([
      'SELECT $1::int + 1 AS next',
      'SELECT $1::int AS same',
    ]);
    expect(new Set(statements.map((row) => row.name)).size).toBe(2);
  });
});
