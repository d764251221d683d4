import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { PlanCostError, planCostLimitOf } from './plan-cost-guard';
import { householdReachInSql } from './household-reach-in-sql';
import { reachInSql } from './reach-in-sql';

describe(`createDb pglitePlanCostLimit (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    // 1 is below any plan's estimate: every reach statement is over it.
    db = await testDb.open({ pglitePlanCostLimit: 1 });
    await loadReferenceData(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it(
    TEST_DATABASE_KIND === 'pglite'
      ? 'refuses a reach statement over the limit before it runs, and the database keeps answering'
      : 'is ignored by PostgreSQL, whose statement_timeout cancels long statements',
    async () => {
      const outcome = await reachInSql(db.prisma, { by: ['sex'] }).then(
        (table) => table,
        (error: unknown) => error,
      );
      if (TEST_DATABASE_KIND === 'pglite') {
        expect(outcome).toBeInstanceOf(PlanCostError);
        expect((outcome as PlanCostError).estimatedCost).toBeGreaterThan(1);
        expect((outcome as PlanCostError).limit).toBe(1);
      } else {
        expect(outcome).not.toBeInstanceOf(Error);
      }
      expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    },
  );

  it(
    TEST_DATABASE_KIND === 'pglite'
      ? 'refuses a household reach statement over the limit the same way'
      : 'is ignored for household reach by PostgreSQL',
    async () => {
      const outcome = await householdReachInSql(db.prisma, { by: ['populationGroup'] }).then(
        (table) => table,
        (error: unknown) => error,
      );
      if (TEST_DATABASE_KIND === 'pglite') {
        expect(outcome).toBeInstanceOf(PlanCostError);
        expect((outcome as PlanCostError).limit).toBe(1);
      } else {
        expect(outcome).toMatchObject({ unit: 'households' });
      }
      expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    },
  );

  it('reads the limit from the session setting, none when unset or not a positive number', () => {
    expect(planCostLimitOf('20000')).toBe(20_000);
    expect(planCostLimitOf(null)).toBeUndefined();
    expect(planCostLimitOf('')).toBeUndefined();
    expect(planCostLimitOf('0')).toBeUndefined();
    expect(planCostLimitOf('many')).toBeUndefined();
  });
});
