import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await db.sql.exec('CREATE TABLE identical_read_probe (n int)');
});

afterAll(async () => {
  await db.close();
  await testDb.drop();
});

/** The probe's rows and the statement's own start (`statement_timestamp()`), read after a pause so that others ask meanwhile. */
const SLOW_COUNT =
  'SELECT count(*)::int AS rows, statement_timestamp()::text AS started FROM identical_read_probe, pg_sleep(0.2)';
const slowCount = async () =>
  (await db.sql.query<{ rows: number; started: string }>(SLOW_COUNT, [], { coalesce: true }))[0]!;

describe(`identical reads (${TEST_DATABASE_KIND})`, () => {
  it('asked while one runs share the next statement, not the running one', async () => {
    const first = slowCount();
    const joiners = [slowCount(), slowCount(), slowCount()];
    const [running, ...next] = await Promise.all([first, ...joiners]);
    expect(new Set(next.map((row) => row.started)).size).toBe(1);
    expect(next[0]!.started).not.toBe(running.started);
  });

  // PGlite has one connection: a write cannot commit while a read runs there.
  it.runIf(TEST_DATABASE_KIND === 'postgresql')('see every write committed before they were asked', async () => {
    const first = slowCount();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.sql.query('INSERT INTO identical_read_probe VALUES (1)');
    const joiners = [slowCount(), slowCount()];
    const [running, ...next] = await Promise.all([first, ...joiners]);
    expect(running.rows).toBe(0);
    expect(next.map((row) => row.rows)).toEqual([1, 1]);
    await db.sql.query('DELETE FROM identical_read_probe');
  });

  it('keep reads with other parameters apart', async () => {
    const text = 'SELECT $1::int AS n FROM pg_sleep(0.05)';
    const answers = await Promise.all([1, 2, 1, 3].map((n) => db.sql.query(text, [n], { coalesce: true })));
    expect(answers).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 1 }], [{ n: 3 }]]);
  });

  it('give every caller of a failed statement its error, and run the next read anew', async () => {
    const failing = 'SELECT 1 / (SELECT count(*)::int - count(*)::int FROM identical_read_probe, pg_sleep(0.1)) AS x';
    const callers = [1, 2, 3].map(() => db.sql.query(failing, [], { coalesce: true }));
    const outcomes = await Promise.allSettled(callers);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    await expect(slowCount()).resolves.toEqual(expect.objectContaining({ rows: 0 }));
  });
});
