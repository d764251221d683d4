import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { revokeApiKey, systemActor } from '@crc/db';
import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../auth/api-keys';
import { seedPeople, AREA_A, type PeopleFixture } from '../../schema/people/people-fixtures';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { createGateway } from '../create-gateway';
import { serve, type RunningServer } from '../serve';
import { RESPONSE_CACHE_HEADER } from './response-cache-plugin';

const REDIS_SERVER = '/usr/bin/redis-server';
const CENTRES = '{ centres(first: 50) { totalCount edges { node { name services { serviceType } area { name } } } } }';
const REACH = '{ reach(by: [SEX]) { grandTotal { value } } }';
const BENEFICIARIES = '{ beneficiaries(first: 5) { edges { node { givenName } } } }';
const RECORD_DELIVERY = `mutation Record($input: RecordServiceDeliveryInput!) {
  recordServiceDelivery(input: $input) { __typename }
}`;

interface Answer {
  readonly status: number;
  readonly cache: string | null;
  readonly body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}

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

/** One GraphQL request over a real socket. */
async function ask(
  server: RunningServer,
  query: string,
  options: { key?: string; locale?: string; variables?: Record<string, unknown> } = {},
): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...(options.locale ? { 'accept-language': options.locale } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return {
    status: response.status,
    cache: response.headers.get(RESPONSE_CACHE_HEADER),
    body: (await response.json()) as Answer['body'],
  };
}

/** A person at centre A with one delivery, written behind the gateway's back: a cached figure cannot know of it. */
async function addPersonWithDelivery(gw: TestGateway, fixture: PeopleFixture, givenName: string): Promise<string> {
  const person = await gw.db.prisma.beneficiary.create({
    data: {
      registrationCentreId: fixture.centreA,
      areaOfResidencePcode: AREA_A,
      givenName,
      familyName: 'Test',
      nameKey: `${givenName} test`,
      sex: 'female',
      populationGroup: 'idp',
      householdSize: 3,
      registeredOn: new Date('2024-03-01T00:00:00Z'),
    },
    select: { id: true },
  });
  await gw.db.prisma.serviceDelivery.create({
    data: {
      beneficiaryId: person.id,
      centreId: fixture.centreA,
      serviceType: 'legal_counselling',
      deliveredOn: new Date('2024-03-02T00:00:00Z'),
    },
  });
  return person.id;
}

describe(`response cache over HTTP, in memory (database: ${TEST_DATABASE_KIND})`, () => {
  let gw: TestGateway;
  let fixture: PeopleFixture;
  let server: RunningServer;

  beforeAll(async () => {
    gw = await createTestGateway({ RESPONSE_CACHE: '1' });
    fixture = await seedPeople(gw);
    server = await serve(gw.gateway, 0, '127.0.0.1', pino({ level: 'silent' }));
  }, 120_000);
  afterAll(async () => {
    await server?.close(100);
    await gw?.close();
  });

  it('serves a second identical query from the cache, even after the rows changed behind its back', async () => {
    const first = await ask(server, CENTRES, { locale: 'ar' });
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    await gw.db.prisma.centre.update({ where: { id: fixture.centreA }, data: { name: 'Renamed behind the cache' } });
    const second = await ask(server, CENTRES, { locale: 'ar' });
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
  });

  it('keeps one answer per locale and per viewer scope', async () => {
    // Other locale, other roles: each its own (fresh) answer, which sees the renamed centre.
    for (const request of [
      { locale: 'en' },
      { locale: 'ar', key: fixture.keys.PARTNER },
      { locale: 'ar', key: fixture.keys.STAFF_A },
    ]) {
      const answer = await ask(server, CENTRES, request);
      expect(answer.cache, JSON.stringify(request)).toBe('miss');
      expect(JSON.stringify(answer.body)).toContain('Renamed behind the cache');
      expect((await ask(server, CENTRES, request)).cache, JSON.stringify(request)).toBe('hit');
    }
    // Another key with the same scope (CENTRE_STAFF of centre A) shares the answer of the first.
    const sameScope = await ask(server, CENTRES, {
      locale: 'ar',
      key: (await createStaffKey(gw, fixture.centreA)).secret,
    });
    expect(sameScope.cache).toBe('hit');
  });

  it('drops cached figures when a write command changes them', async () => {
    const before = await ask(server, REACH, { key: fixture.keys.ADMIN });
    expect(before.cache).toBe('miss');
    expect(before.body.data).toEqual({ reach: { grandTotal: { value: 1 } } });
    await addPersonWithDelivery(gw, fixture, 'Layla');
    expect((await ask(server, REACH, { key: fixture.keys.ADMIN })).body.data).toEqual({
      reach: { grandTotal: { value: 1 } },
    });
    const written = await ask(server, RECORD_DELIVERY, {
      key: fixture.keys.STAFF_A,
      variables: {
        input: {
          beneficiaryId: fixture.beneficiary,
          centreId: fixture.centreA,
          serviceType: 'LEGAL_COUNSELLING',
          deliveredOn: '2024-04-01',
        },
      },
    });
    expect(written.body).toEqual({ data: { recordServiceDelivery: { __typename: 'RecordServiceDeliverySuccess' } } });
    const after = await ask(server, REACH, { key: fixture.keys.ADMIN });
    expect(after.cache).toBe('miss');
    expect(after.body.data).toEqual({ reach: { grandTotal: { value: 2 } } });
  });

  it('never caches personal data', async () => {
    const first = await ask(server, BENEFICIARIES, { key: fixture.keys.STAFF_A });
    expect(JSON.stringify(first.body)).toContain('محمد');
    await gw.db.prisma.beneficiary.update({ where: { id: fixture.beneficiary }, data: { givenName: 'Ahmed' } });
    const second = await ask(server, BENEFICIARIES, { key: fixture.keys.STAFF_A });
    expect(second.cache).toBe('miss');
    expect(JSON.stringify(second.body)).toContain('Ahmed');
    // Personal data under a root field that is cached otherwise: a beneficiary through `node` is never listed, so not cached either.
    const node = `{ node(id: "${fixture.beneficiary}") { __typename } }`;
    await ask(server, node, { key: fixture.keys.STAFF_A });
    expect((await ask(server, node, { key: fixture.keys.STAFF_A })).cache).toBe('miss');
  });

  it('does not answer a revoked key from the cache', async () => {
    const { id, secret: key } = await createStaffKey(gw, fixture.centreB);
    expect((await ask(server, CENTRES, { key })).status).toBe(200);
    expect((await ask(server, CENTRES, { key })).cache).toBe('hit');
    expect((await revokeApiKey(gw.db.prisma, systemActor('test'), { apiKeyId: id })).ok).toBe(true);
    const refused = await ask(server, CENTRES, { key });
    expect(refused.status).toBe(401);
    expect(refused.cache).toBeNull();
  });
});

async function createStaffKey(gw: TestGateway, centreId: string): Promise<{ id: string; secret: string }> {
  return createApiKey(gw.db.prisma, { name: 'another staff key', role: 'CENTRE_STAFF', centreIds: [centreId] });
}

describe(`response cache in Redis, shared by two instances (database: ${TEST_DATABASE_KIND})`, () => {
  let gw: TestGateway;
  let fixture: PeopleFixture;
  let redisServer: ChildProcess | undefined;
  let redis: Redis | undefined;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    // Fails rather than skips when redis-server is missing: .ci/run installs it (APT_NEEDS).
    expect(existsSync(REDIS_SERVER), `${REDIS_SERVER} (Debian package redis-server)`).toBe(true);
    gw = await createTestGateway();
    fixture = await seedPeople(gw);
    const port = await freePort();
    redisServer = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
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
    const logger = pino({ level: 'silent' });
    const config = { ...gw.config, RESPONSE_CACHE: true };
    first = await serve(createGateway({ config, db: gw.db, logger, redis }), 0, '127.0.0.1', logger);
    second = await serve(createGateway({ config, db: gw.db, logger, redis }), 0, '127.0.0.1', logger);
  }, 120_000);
  afterAll(async () => {
    await first?.close(100);
    await second?.close(100);
    await gw?.close();
    redis?.disconnect();
    redisServer?.kill();
  });

  it('serves one instance’s answer from the other, and a write through either drops it for both', async () => {
    expect((await ask(first, REACH, { key: fixture.keys.ADMIN })).cache).toBe('miss');
    const shared = await ask(second, REACH, { key: fixture.keys.ADMIN });
    expect(shared.cache).toBe('hit');
    expect(shared.body.data).toEqual({ reach: { grandTotal: { value: 1 } } });
    expect((await ask(second, REACH, { key: fixture.keys.ADMIN, locale: 'ckb' })).cache).toBe('miss');
    await addPersonWithDelivery(gw, fixture, 'Sara');
    const written = await ask(second, RECORD_DELIVERY, {
      key: fixture.keys.ADMIN,
      variables: {
        input: {
          beneficiaryId: fixture.beneficiary,
          centreId: fixture.centreA,
          serviceType: 'LEGAL_COUNSELLING',
          deliveredOn: '2024-04-01',
        },
      },
    });
    expect(written.body.data).toEqual({ recordServiceDelivery: { __typename: 'RecordServiceDeliverySuccess' } });
    const after = await ask(first, REACH, { key: fixture.keys.ADMIN });
    expect(after.cache).toBe('miss');
    expect(after.body.data).toEqual({ reach: { grandTotal: { value: 2 } } });
    expect(await redis!.keys('crc-gateway:response-cache:r:*')).toHaveLength(1);
  });

  it('never stores personal data in Redis', async () => {
    await ask(first, BENEFICIARIES, { key: fixture.keys.ADMIN });
    expect((await ask(second, BENEFICIARIES, { key: fixture.keys.ADMIN })).cache).toBe('miss');
    for (const key of await redis!.keys('crc-gateway:response-cache:r:*'))
      expect(await redis!.get(key)).not.toContain(fixture.beneficiary.slice(0, 8));
    expect(
      JSON.stringify(
        await Promise.all((await redis!.keys('crc-gateway:response-cache:r:*')).map((key) => redis!.get(key))),
      ),
    ).not.toContain('givenName');
  });
});
