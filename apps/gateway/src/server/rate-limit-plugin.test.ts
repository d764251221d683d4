import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { createGateway } from './create-gateway';

const REDIS_SERVER = '/usr/bin/redis-server';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe(`rate limits per API key and per client address (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway;
  let redisServer: ChildProcess | undefined;
  let redis: Redis | undefined;

  beforeAll(async () => {
    gateway = await createTestGateway({ RATE_LIMIT_PER_ADDRESS: '3', RATE_LIMIT_PER_KEY: '5' });
  });
  afterAll(async () => {
    await gateway?.close();
    redis?.disconnect();
    redisServer?.kill();
  });

  const ask = (target: { fetch: TestGateway['gateway']['fetch'] }, headers: Record<string, string> = {}) =>
    target.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('answers 429 RATE_LIMITED with Retry-After once an address has used its requests, and counts a key apart', async () => {
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await ask(gateway.gateway)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await ask(gateway.gateway);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', reason: 'rate', limit: 3 } }],
    });
    // A key has its own budget (an unknown key then answers 401, but it was counted as a key, not refused as the address).
    expect((await ask(gateway.gateway, { authorization: 'Bearer crc_unknown' })).status).toBe(401);
    // Health checks are not API calls.
    expect((await gateway.gateway.fetch('http://gateway.test/health')).status).toBe(200);
  });

  it('shares the counters between two gateway instances through Redis', async () => {
    // Fails rather than skips when redis-server is missing: .ci/run installs it (APT_NEEDS).
    expect(existsSync(REDIS_SERVER), `${REDIS_SERVER} (Debian package redis-server)`).toBe(true);
    const port = await freePort();
    redisServer = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    // ioredis retries until the server is up; 'ready' once it answers.
    redis = new Redis({ port, host: '127.0.0.1', retryStrategy: () => 50 });
    redis.on('error', () => undefined); // connection refused until the server is up
    const client = redis;
    await new Promise<void>((resolve, reject) => {
      const giveUp = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
      client.once('ready', () => {
        clearTimeout(giveUp);
        resolve();
      });
    });
    const config = loadConfig({ RATE_LIMIT_PER_ADDRESS: '4', RATE_LIMIT_PER_KEY: '0' });
    const logger = pino({ level: 'silent' });
    const first = createGateway({ config, db: gateway.db, logger, redis });
    const second = createGateway({ config, db: gateway.db, logger, redis });
    const statuses = [
      await ask(first),
      await ask(second),
      await ask(first),
      await ask(second),
      await ask(first),
      await ask(second),
    ].map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(await redis.keys('crc-gateway:address*')).toHaveLength(1);
  });
});
