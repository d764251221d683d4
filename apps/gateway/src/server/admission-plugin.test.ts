import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

/*
 * One client's own backlog (issue 10): with one slot and at most two operations of a
 * client waiting, a client that sends thirty requests at once gets the ones beyond its
 * queue refused at once (429, Retry-After, RATE_LIMITED reason backlog), not queued behind
 * its own, and another client's request sent meanwhile is answered.
 */
describe(`admission: a client's own backlog is bounded (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await createTestGateway({
      MAX_CONCURRENT_OPERATIONS: '1',
      MAX_WAITING_PER_CLIENT: '2',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const ask = async (address: string) => {
    const started = performance.now();
    const response = await gateway.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: '{ organisations(first: 50) { totalCount edges { node { name } } } }' }),
    });
    const body = (await response.json()) as {
      data?: { organisations: { totalCount: number } };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body,
      ms: performance.now() - started,
    };
  };

  it('refuses at once what would wait behind the client itself, and answers another client meanwhile', async () => {
    const flood = Array.from({ length: 30 }, () => ask('198.51.100.7'));
    const other = ask('198.51.100.8');
    const answers = await Promise.all(flood);
    const refused = answers.filter((answer) => answer.status === 429);
    const served = answers.filter((answer) => answer.status === 200);
    expect(refused.length + served.length).toBe(30);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of served) expect(answer.body.data?.organisations.totalCount).toBeGreaterThanOrEqual(0);
    for (const answer of refused) {
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        reason: 'backlog',
        limit: 2,
        retryAfterSeconds: 1,
      });
      expect(answer.body.errors?.[0]?.message).toMatch(/MAX_WAITING_PER_CLIENT/);
    }
    const otherAnswer = await other;
    expect(otherAnswer.status).toBe(200);
    expect(otherAnswer.body.errors).toBeUndefined();
    // Afterwards the client's queue is empty again, and it is served.
    expect((await ask('198.51.100.7')).status).toBe(200);
  });
});
