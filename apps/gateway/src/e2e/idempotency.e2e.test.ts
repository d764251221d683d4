import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Prisma } from '@crc/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPeople, type PeopleFixture } from '../schema/people/people-fixtures';
import { serve, type RunningServer } from '../server/serve';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';

/*
 * Idempotency keys over a real socket: a client sends a write, loses the answer (its
 * connection drops after sending), and retries with the same Idempotency-Key. The retry
 * gets the first answer and the row exists once.
 */

const RECORD = `mutation Record($input: RecordServiceDeliveryInput!) {
  recordServiceDelivery(input: $input) { __typename ... on RecordServiceDeliverySuccess { serviceDelivery { id deliveredOn } } ... on Error { message } }
}`;

interface Answer {
  status: number;
  body: {
    data?: { recordServiceDelivery: { __typename: string; serviceDelivery?: { id: string } } };
    errors?: { extensions?: Record<string, unknown> }[];
  };
}

let gw: TestGateway;
let f: PeopleFixture;
let server: RunningServer;
let url: URL;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
  server = await serve(gw.gateway, 0, '127.0.0.1', pino({ level: 'silent' }));
  url = new URL(server.url.replace('localhost', '127.0.0.1'));
}, 120_000);
afterAll(async () => {
  await server?.close(1000);
  await gw?.close();
});

const body = (deliveredOn: string) =>
  JSON.stringify({
    query: RECORD,
    variables: {
      input: { beneficiaryId: f.beneficiary, centreId: f.centreA, serviceType: 'LEGAL_COUNSELLING', deliveredOn },
    },
  });

async function post(payload: string, key?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${f.keys.STAFF_A}`,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Sends the request on a raw socket and closes it as soon as the bytes are written: the answer is lost. */
async function postAndDrop(payload: string, key: string): Promise<void> {
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      const head = [
        `POST ${url.pathname} HTTP/1.1`,
        `Host: ${url.host}`,
        'Content-Type: application/json',
        `Authorization: Bearer ${f.keys.STAFF_A}`,
        `Idempotency-Key: ${key}`,
        `Content-Length: ${Buffer.byteLength(payload)}`,
        'Connection: close',
      ].join('\r\n');
      socket.write(`${head}\r\n\r\n${payload}`, () => {
        socket.destroy();
        resolve();
      });
    });
  });
}

const deliveriesOn = (day: string) =>
  gw.db.prisma.serviceDelivery.count({
    where: { beneficiaryId: f.beneficiary, deliveredOn: new Date(`${day}T00:00:00Z`) },
  });

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Idempotency-Key over HTTP', () => {
  it('gives a retry after a dropped answer the first answer, and writes the row once', async () => {
    const key = randomUUID();
    await postAndDrop(body('2024-05-01'), key);
    // The server finished the write although nobody read its answer.
    await until(
      async () =>
        (await gw.db.prisma.idempotentWrite.count({
          where: { idempotencyKey: key, NOT: { response: { equals: Prisma.DbNull } } },
        })) === 1,
    );
    expect(await deliveriesOn('2024-05-01')).toBe(1);

    const retry = await post(body('2024-05-01'), key);
    expect(retry.status).toBe(200);
    expect(retry.body.data?.recordServiceDelivery.__typename).toBe('RecordServiceDeliverySuccess');
    const [row] = await gw.db.prisma.serviceDelivery.findMany({
      where: { beneficiaryId: f.beneficiary, deliveredOn: new Date('2024-05-01T00:00:00Z') },
    });
    expect(Buffer.from(retry.body.data!.recordServiceDelivery.serviceDelivery!.id, 'base64').toString()).toBe(
      `ServiceDelivery:${row!.id}`,
    );
    expect(await post(body('2024-05-01'), key)).toEqual(retry);
    expect(await deliveriesOn('2024-05-01')).toBe(1);
  });

  it('writes again without a key (the check can fail), and refuses a key reused for another request', async () => {
    await post(body('2024-05-02'));
    await post(body('2024-05-02'));
    expect(await deliveriesOn('2024-05-02')).toBe(2);

    const key = randomUUID();
    expect((await post(body('2024-05-03'), key)).status).toBe(200);
    const other = await post(body('2024-05-04'), key);
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await deliveriesOn('2024-05-04')).toBe(0);
    expect((await post(body('2024-05-03'), 'not a key')).status).toBe(400);
  });

  it('writes once when two requests with the same key arrive together', async () => {
    const key = randomUUID();
    const answers = await Promise.all([post(body('2024-05-05'), key), post(body('2024-05-05'), key)]);
    expect(await deliveriesOn('2024-05-05')).toBe(1);
    const codes = answers
      .map(
        (answer) => answer.body.errors?.[0]?.extensions?.['code'] ?? answer.body.data?.recordServiceDelivery.__typename,
      )
      .sort();
    // The second either waited for nothing (IN_USE, retry later) or came after the first had answered.
    expect(codes.every((code) => code === 'RecordServiceDeliverySuccess' || code === 'IDEMPOTENCY_KEY_IN_USE')).toBe(
      true,
    );
    expect(codes).toContain('RecordServiceDeliverySuccess');
  });
});
