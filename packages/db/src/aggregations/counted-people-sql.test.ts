import { DEFAULT_AGE_BRACKETS } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { Prisma } from '../generated/prisma/client';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { rollupAnswers } from './counted-people-sql';
import { personReachSql } from './person-reach-sql';
import type { ReachFilter } from './reach-filter';

const CENTRE = '00000000-0000-4000-9000-000000000001';

describe('rollupAnswers', () => {
  it('takes the period and conditions on the person, and nothing else', () => {
    expect(rollupAnswers({})).toBe(true);
    expect(rollupAnswers({ sex: 'female', populationGroup: 'idp', areaPcode: 'IQG10' })).toBe(true);
    expect(rollupAnswers({ from: '2024-01-01', to: '2024-03-31', sex: 'male' })).toBe(true);
    expect(rollupAnswers({ to: '2024-03-31', centreId: CENTRE })).toBe(false);
    expect(rollupAnswers({ serviceType: 'mediation' })).toBe(false);
    expect(rollupAnswers({ sector: 'education' })).toBe(false);
    expect(rollupAnswers({ programmeId: CENTRE })).toBe(false);
    expect(rollupAnswers({ projectId: CENTRE })).toBe(false);
    // A condition ReachFilter does not know yet is one on deliveries until said otherwise.
    expect(rollupAnswers({ providerOrganisationId: CENTRE } as ReachFilter)).toBe(false);
  });
});

describe(`the tables person-level reach reads (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    await loadReferenceData(db.prisma);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  /** The tables the plan of a table by sex and age bracket scans. */
  async function tablesRead(filter: ReachFilter): Promise<string[]> {
    const sql = personReachSql(['sex', 'ageBracket'], { at: '2024-12-31', brackets: DEFAULT_AGE_BRACKETS, filter });
    const plan = await db.prisma.$queryRaw<{ 'QUERY PLAN': unknown }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
    const text = JSON.stringify(plan[0]!['QUERY PLAN']);
    return [...new Set([...text.matchAll(/"Relation Name\\?":\s*\\?"(\w+)/g)].map((match) => match[1]!))].sort();
  }

  it('reads no delivery without a period, the deliveries of the people it cuts through with one, and every delivery otherwise', async () => {
    expect(await tablesRead({ sex: 'female' })).toEqual(['beneficiary_reach_rollup']);
    expect(await tablesRead({ to: '2024-11-30' })).toEqual(['beneficiary_reach_rollup', 'service_delivery']);
    expect(await tablesRead({ centreId: CENTRE })).toEqual(['beneficiary', 'service_delivery']);
  });
});
