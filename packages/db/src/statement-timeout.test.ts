import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db';
import { isStatementTimeout, postgresErrorCode } from './sql/postgres-error-code';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from './testing/test-database';

describe(`createDb statementTimeoutMs and jit (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open({ statementTimeoutMs: 150 });
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  if (TEST_DATABASE_KIND === 'postgresql') {
    it('sets statement_timeout and turns JIT off on every pooled connection', async () => {
      const settings = await Promise.all(
        [1, 2, 3].map(() =>
          db.prisma.$queryRawUnsafe<{ timeout: string; jit: string }[]>(
            `SELECT current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit`,
          ),
        ),
      );
      expect(settings.flat()).toEqual(Array(3).fill({ timeout: '150ms', jit: 'off' }));
    });

    it('cancels a statement over the limit with SQLSTATE 57014, through Prisma and raw SQL alike, and the connection still answers', async () => {
      const prismaError = await db.prisma.$queryRawUnsafe('SELECT pg_sleep(2)').catch((error: unknown) => error);
      expect(isStatementTimeout(prismaError)).toBe(true);
      const sqlError = await db.sql.query('SELECT pg_sleep(2)').catch((error: unknown) => error);
      expect(postgresErrorCode(sqlError)).toBe('57014');
      expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    });
  } else {
    it('PGlite accepts statement_timeout but runs the statement to its end (it cannot be interrupted in-process)', async () => {
      await db.sql.exec(`SET statement_timeout = '150ms'`);
      const started = performance.now();
      await db.sql.query('SELECT pg_sleep(0.4)');
      expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    });
  }

  it('reads the SQLSTATE of a database error but never a Prisma code', () => {
    expect(
      postgresErrorCode({ code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '22021' } } } }),
    ).toBe('22021');
    expect(postgresErrorCode({ code: 'P2025' })).toBeUndefined();
    expect(postgresErrorCode(new Error('plain'))).toBeUndefined();
  });
});
