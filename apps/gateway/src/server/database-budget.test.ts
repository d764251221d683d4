import { TEST_DATABASE_KIND } from '@crc/db/testing';
import type { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { gatewayMaskError } from './mask-error';

describe(`database time limits (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway | undefined;
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  it('refuses further statements once a request has used REQUEST_DATABASE_BUDGET_MS, and the server keeps answering', async () => {
    gateway = await createTestGateway({ REQUEST_DATABASE_BUDGET_MS: '1' });
    const response = await gateway.graphql('{ organisations { totalCount } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(response.errors?.[0]?.message).toMatch(/REQUEST_DATABASE_BUDGET_MS/);
    const ready = await gateway.gateway.fetch('http://gateway.test/ready');
    expect(ready.status).toBe(200);
  });

  it('answers QUERY_TIMEOUT, not an internal error, for a transaction that ran out of time (Prisma P2028)', async () => {
    gateway = await createTestGateway();
    const db = gateway.db;
    // A real P2028 from the real client: the transaction outlives its timeout, Prisma rolls it back.
    const error: unknown = await db.prisma
      .$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return tx.organisation.count();
        },
        { timeout: 10 },
      )
      .then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
    expect(error).toBeDefined();
    const masked = gatewayMaskError(5000)(error, 'Unexpected error.', false) as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', reason: 'transaction' });
    expect(masked.message).toMatch(/nothing was written/);
    expect((await gateway.gateway.fetch('http://gateway.test/ready')).status).toBe(200);
  });

  it('on PGlite refuses a reach statement (people or households) whose planner estimate is above PGLITE_PLAN_COST_LIMIT before it runs (QUERY_TIMEOUT), and keeps answering; PostgreSQL ignores the limit', async () => {
    // A limit of 1 is below any plan's estimate: every reach statement is over it.
    gateway = await createTestGateway({ PGLITE_PLAN_COST_LIMIT: '1' });
    // People and households alike.
    for (const query of [
      '{ reach(by: [SEX]) { unit } }',
      '{ reach(by: [POPULATION_GROUP], unit: HOUSEHOLDS) { unit } }',
    ]) {
      const response = await gateway.graphql<{ reach: { unit: string } | null }>(query);
      if (TEST_DATABASE_KIND === 'pglite') {
        expect(response.errors?.[0]?.extensions, query).toMatchObject({
          code: 'QUERY_TIMEOUT',
          reason: 'estimate',
          limit: 1,
        });
        expect(response.errors?.[0]?.message).toMatch(/PGLITE_PLAN_COST_LIMIT/);
      } else {
        expect(response.errors, query).toBeUndefined();
      }
    }
    expect((await gateway.gateway.fetch('http://gateway.test/ready')).status).toBe(200);
    const other = await gateway.graphql<{ organisations: { totalCount: number } }>('{ organisations { totalCount } }');
    expect(other.errors).toBeUndefined();
  });

  it('runs reach statements within the default PGLITE_PLAN_COST_LIMIT', async () => {
    gateway = await createTestGateway();
    for (const query of [
      '{ reach(by: [SECTOR, SEX, AREA]) { unit } }',
      '{ reach(by: [SECTOR, AREA], unit: HOUSEHOLDS) { unit } }',
    ]) {
      const response = await gateway.graphql(query);
      expect(response.errors, query).toBeUndefined();
    }
  });

  it.runIf(TEST_DATABASE_KIND === 'postgresql')(
    'answers QUERY_TIMEOUT when PostgreSQL cancels a statement at STATEMENT_TIMEOUT_MS, and the next request succeeds',
    async () => {
      gateway = await createTestGateway({ STATEMENT_TIMEOUT_MS: '300' });
      // Another pooled session holds the table: the gateway's statement waits, and the wait counts toward its timeout.
      await gateway.db.sql.transaction(async (holder) => {
        await holder.exec('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
        const started = performance.now();
        const response = await gateway!.graphql('{ organisations { totalCount } }');
        expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
        expect(response.errors?.[0]?.message).toMatch(/STATEMENT_TIMEOUT_MS/);
        expect(performance.now() - started).toBeLessThan(3000);
      });
      const again = await gateway.graphql<{ organisations: { totalCount: number } }>(
        '{ organisations { totalCount } }',
      );
      expect(again.errors).toBeUndefined();
      expect(again.data?.organisations.totalCount).toBeGreaterThanOrEqual(0);
    },
  );
});
