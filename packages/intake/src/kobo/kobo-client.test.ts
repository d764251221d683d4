import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_ASSET_UID,
  fixtureKoboAsset,
  fixtureKoboSubmissions,
  startLocalKoboServer,
  type LocalKoboServer,
} from '../testing/index';
import { createKoboClient, type KoboClientEvent } from './kobo-client';
import { KoboAuthError, KoboHttpError, KoboResponseError } from './kobo-errors';

const TOKEN = 'test-token-7c1f';
let server: LocalKoboServer;

beforeAll(async () => {
  server = await startLocalKoboServer({
    token: TOKEN,
    assets: [{ asset: fixtureKoboAsset(), submissions: fixtureKoboSubmissions({ count: 25 }) }],
  });
});
afterAll(async () => {
  await server.close();
});

async function allPages(client: ReturnType<typeof createKoboClient>, uid = FIXTURE_ASSET_UID) {
  const pages = [];
  for await (const page of client.submissionPages(uid)) pages.push(page);
  return pages;
}

describe('createKoboClient against the local KoboToolbox server', () => {
  it('follows `next` through every page with the token in the Authorization header', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN, pageSize: 10 });
    const pages = await allPages(client);
    expect(pages.map((page) => page.results.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.offset)).toEqual([0, 10, 20]);
    expect(pages.every((page) => page.count === 25)).toBe(true);
    const uuids = pages.flatMap((page) => page.results.map((result) => (result as { _uuid: string })._uuid));
    expect(new Set(uuids).size).toBe(25);
    const dataRequests = server.requests.filter((request) => request.path.endsWith('/data/')).slice(-3);
    expect(dataRequests.map((request) => request.query.start ?? '0')).toEqual(['0', '10', '20']);
    expect(dataRequests.every((request) => request.authorised && request.query.format === 'json')).toBe(true);
  });

  it('waits as long as Retry-After says on 429, then carries on', async () => {
    const events: KoboClientEvent[] = [];
    const client = createKoboClient({
      baseUrl: server.baseUrl,
      token: TOKEN,
      pageSize: 10,
      onEvent: (event) => events.push(event),
    });
    server.injectFault({ kind: 'rate-limit', retryAfter: '1' }, { endpoint: 'data' });
    const started = Date.now();
    const pages = await allPages(client);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(pages.flatMap((page) => page.results)).toHaveLength(25);
    expect(events.filter((event) => event.type === 'retry')).toEqual([
      expect.objectContaining({ status: 429, delayMs: 1000 }),
    ]);
  });

  it('retries a 503 with backoff and gives up with the status after the retries', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN, retries: 1, backoffBaseMs: 5 });
    server.injectFault({ kind: 'server-error', status: 503 }, { times: 2, endpoint: 'asset' });
    const failure = await client.asset(FIXTURE_ASSET_UID).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KoboHttpError);
    expect((failure as KoboHttpError).status).toBe(503);
    expect((failure as Error).message).toContain('after 2 attempts');
  });

  it('fails at once and clearly on 401, without the token in the message', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: 'wrong-token-123' });
    const before = server.requests.length;
    const failure = await allPages(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KoboAuthError);
    expect((failure as Error).message).toMatch(/HTTP 401: Invalid token\..*--token/);
    expect((failure as Error).message).not.toContain('wrong-token-123');
    expect(server.requests.length - before).toBe(1);
  });

  it('reads the asset: its form, choices and translations', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN });
    const asset = await client.asset(FIXTURE_ASSET_UID);
    expect(asset.uid).toBe(FIXTURE_ASSET_UID);
    expect(asset.content.translations).toEqual(['English (en)', 'Arabic (ar)']);
    expect(asset.content.survey.some((row) => row.type === 'begin_repeat' && row.name === 'member')).toBe(true);
  });

  it('names an unknown asset with its 404 and refuses a uid that is not one', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN });
    await expect(client.asset('aNoSuchAsset000000000x')).rejects.toThrow(/HTTP 404 after 1 attempt: Not found\./);
    await expect(client.asset('../../users')).rejects.toThrow(/not a KoboToolbox asset uid/);
  });

  it('reports a page that is not the documented envelope, naming the field', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN });
    server.injectFault(
      { kind: 'malformed-body', body: '{"count": 3, "next": null, "results": "none"}' },
      { endpoint: 'data' },
    );
    await expect(allPages(client)).rejects.toThrow(KoboResponseError);
    server.injectFault({ kind: 'malformed-body', body: '<html>' }, { endpoint: 'data' });
    await expect(allPages(client)).rejects.toThrow(/malformed response, field "\(body\)": is not JSON/);
  });

  it('does not follow a `next` link to another server (the token would go with it)', async () => {
    const client = createKoboClient({ baseUrl: server.baseUrl, token: TOKEN });
    server.injectFault(
      {
        kind: 'malformed-body',
        body: JSON.stringify({
          count: 2,
          next: 'https://attacker.example/api/v2/assets/x/data/',
          previous: null,
          results: [{}],
        }),
      },
      { endpoint: 'data' },
    );
    await expect(allPages(client)).rejects.toThrow(/points away from .*not followed/);
  });

  it('needs a server and a token before any request', () => {
    expect(() => createKoboClient({ token: TOKEN, env: {} })).toThrow(/no KoboToolbox server/);
    expect(() => createKoboClient({ baseUrl: server.baseUrl, env: {} })).toThrow(/no KoboToolbox API token/);
  });
});
