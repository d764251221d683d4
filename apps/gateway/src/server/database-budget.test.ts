import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

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
