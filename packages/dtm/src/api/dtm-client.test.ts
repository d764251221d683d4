import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDtmServer, type LocalDtmServer } from '../testing/local-dtm-server';
import { createDtmClient, type DtmClientEvent, type DtmClientOptions } from './dtm-client';
import { DtmApiError, DtmConfigError, DtmError, DtmHttpError, DtmResponseError, DtmTimeoutError } from './dtm-errors';

const KEY = 'test-key-3f9a8c1e-do-not-leak';
let server: LocalDtmServer;

beforeAll(async () => {
  server = await startLocalDtmServer({ subscriptionKey: KEY });
});
afterAll(async () => {
  await server.close();
});

function client(options: Partial<DtmClientOptions> = {}, events: DtmClientEvent[] = []) {
  return createDtmClient({
    subscriptionKey: KEY,
    baseUrl: server.baseUrl,
    backoffBaseMs: 10,
    onEvent: (event) => events.push(event),
    env: {},
    ...options,
  });
}

const IRAQ = { CountryName: 'Iraq' } as const;

describe('createDtmClient against the local DTM server', () => {
  const seen = { events: [] as DtmClientEvent[] };
  afterEach(() => {
    // Whatever happened, nothing the client reported may carry the key.
    expect(JSON.stringify(seen.events)).not.toContain(KEY);
    seen.events = [];
  });

  it('sends the key in Ocp-Apim-Subscription-Key and the PascalCase query, and validates the rows', async () => {
    const rows = await client({}, seen.events).displacement('admin1', {
      ...IRAQ,
      FromRoundNumber: 96,
      ToRoundNumber: 97,
    });
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((row) => row.roundNumber))).toEqual(new Set([96, 97]));
    expect(rows[0]).toMatchObject({
      admin0Pcode: 'IRQ',
      admin1Name: expect.any(String),
      numPresentIdpInd: expect.any(Number),
    });
    const last = server.requests.at(-1);
    expect(last).toMatchObject({ path: '/v3/displacement/admin1', authorised: true });
    expect(last?.query).toEqual({ CountryName: 'Iraq', FromRoundNumber: '96', ToRoundNumber: '97' });
  });

  it('lists countries and operations', async () => {
    await expect(client({}, seen.events).countries()).resolves.toEqual([{ admin0Name: 'Iraq', admin0Pcode: 'IRQ' }]);
    const operations = await client({}, seen.events).operations();
    expect(operations.map((operation) => operation.operation)).toEqual(['Iraq IDP and Returnee Master List']);
  });

  it('retries through a 429 with Retry-After (seconds) and two 500s, then succeeds', async () => {
    server.injectFault({ kind: 'rate-limit', retryAfter: '1' });
    server.injectFault({ kind: 'server-error', status: 500 }, { times: 2 });
    const started = Date.now();
    const rows = await client({}, seen.events).displacement('admin2', IRAQ);
    expect(rows).toHaveLength(15);
    const retries = seen.events.filter((event) => event.type === 'retry');
    expect(retries.map((event) => event.type === 'retry' && event.status)).toEqual([429, 500, 500]);
    // Retry-After: 1 was honoured (not the 10 ms backoff).
    expect(retries[0]).toMatchObject({ delayMs: 1000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    server.injectFault({ kind: 'rate-limit', retryAfter: new Date(Date.now() + 1500).toUTCString() });
    await client({}, seen.events).displacement('admin1', IRAQ);
    const retry = seen.events.find((event) => event.type === 'retry');
    expect(retry).toMatchObject({ status: 429 });
    expect(retry?.type === 'retry' && retry.delayMs).toBeGreaterThan(100);
  });

  it('gives up after the configured retries with the last status', async () => {
    server.injectFault({ kind: 'server-error', status: 503 }, { times: 3 });
    const error = await client({ retries: 2 }, seen.events)
      .displacement('admin1', IRAQ)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DtmHttpError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
  });

  it('turns isSuccess: false into a DtmApiError carrying the messages', async () => {
    server.injectFault({ kind: 'not-success', messages: ['Operation not found.', 'Check the operation list.'] });
    const error = await client({}, seen.events)
      .displacement('admin1', { Operation: 'Nowhere' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DtmApiError);
    expect((error as DtmApiError).errorMessages).toEqual(['Operation not found.', 'Check the operation list.']);
    expect((error as Error).message).toContain('Operation not found.');
  });

  it('refuses a query without Operation, CountryName or Admin0Pcode before any request', async () => {
    const before = server.requests.length;
    await expect(client({}, seen.events).displacement('admin1', { Admin1Name: 'Ninewa' })).rejects.toThrow(
      /Operation: one of Operation, CountryName or Admin0Pcode is required/,
    );
    await expect(
      client({}, seen.events).displacement('admin1', { ...IRAQ, FromRoundNumber: 9, ToRoundNumber: 3 }),
    ).rejects.toThrow(/ToRoundNumber/);
    expect(server.requests.length).toBe(before);
  });

  it('names the row index and the field of a malformed row', async () => {
    server.injectFault({ kind: 'malformed-row', rowIndex: 2, field: 'numPresentIdpInd', value: 'many' });
    const error = await client({}, seen.events)
      .displacement('admin1', IRAQ)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DtmResponseError);
    expect(error).toMatchObject({ rowIndex: 2, field: 'numPresentIdpInd' });
    expect((error as Error).message).toMatch(/row 2, field "numPresentIdpInd"/);

    server.injectFault({ kind: 'malformed-row', rowIndex: 0, field: 'reportingDate' });
    await expect(client({}, seen.events).displacement('admin1', IRAQ)).rejects.toThrow(/row 0, field "reportingDate"/);
  });

  it('rejects a body that is not the documented envelope', async () => {
    server.injectFault({ kind: 'malformed-body', body: '<html>gateway</html>' });
    await expect(client({}, seen.events).displacement('admin1', IRAQ)).rejects.toThrow(
      /malformed response: the body is not JSON/,
    );
    server.injectFault({ kind: 'malformed-body', body: '{"result":[]}' });
    await expect(client({}, seen.events).displacement('admin1', IRAQ)).rejects.toThrow(/envelope field "isSuccess"/);
  });

  it('times out a stalled response and does not retry it', async () => {
    server.injectFault({ kind: 'slow', delayMs: 5_000 });
    const before = server.requests.length;
    const started = Date.now();
    const error = await client({ timeoutMs: 300 }, seen.events)
      .displacement('admin1', IRAQ)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DtmTimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server.requests.length).toBe(before + 1);
  });

  it('fails without a key, and never puts the key in an error message', async () => {
    await expect(createDtmClient({ baseUrl: server.baseUrl, env: {} }).countries()).rejects.toBeInstanceOf(
      DtmConfigError,
    );
    // A wrong key: 401 is not retried, and the message names the status, not the key.
    const wrong = 'wrong-key-77c1';
    const error = await createDtmClient({ baseUrl: server.baseUrl, subscriptionKey: wrong, env: {} })
      .countries()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DtmHttpError);
    expect(String((error as Error).message)).not.toContain(wrong);
    // An API that echoes the key in its messages gets it redacted.
    server.injectFault({ kind: 'not-success', messages: [`bad key ${KEY}`] });
    const echoed = await client({}, seen.events)
      .countries()
      .catch((caught: unknown) => caught);
    expect(echoed).toBeInstanceOf(DtmError);
    expect(JSON.stringify({ message: (echoed as Error).message, ...(echoed as object) })).not.toContain(KEY);
    expect((echoed as DtmApiError).errorMessages).toEqual(['bad key [redacted]']);
  });

  it('reads the key and base URL from the environment', async () => {
    const rows = await createDtmClient({
      env: { DTM_SUBSCRIPTION_KEY: KEY, DTM_BASE_URL: server.baseUrl },
    }).countries();
    expect(rows).toHaveLength(1);
    expect(server.requests.at(-1)?.authorised).toBe(true);
  });
});
