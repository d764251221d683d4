import type { Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { loadReferenceData } from '@crc/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey, systemActor } from '@crc/db';
import { createApiKey } from '../auth/api-keys';
import { loadConfig } from '../config/config';
import { prepareDemo, type DemoKey } from '../demo/prepare-demo';
import { createGateway } from '../server/create-gateway';
import { serve, type RunningServer } from '../server/serve';
import { recordStatements, STATEMENT_EVENTS, type StatementRecorder } from '../testing/statement-recorder';

/**
 * GraphQL over HTTP: a client that accepts this media type gets 4xx for a document that
 * fails validation (with plain application/json the status stays 200, errors in the body).
 */
const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

/** A field answered from the database (areas come from memory), so executing the document would show in the recorded SQL. */
const READS_DATABASE = 'centres { totalCount }';

/**
 * The gateway as `pnpm demo` runs it, over a real socket: database, reference and demo
 * data, yoga on node:http on a free port, and plain fetch calls. Started from source
 * (turbo builds only the dependencies before tests, not this app).
 */
describe(`gateway over HTTP (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;
  let server: RunningServer;
  let statements: StatementRecorder;
  let keys: DemoKey[];
  let origin: string;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const keyOf = (role: DemoKey['role']) => keys.find((key) => key.role === role)?.secret ?? '';

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open(STATEMENT_EVENTS);
    statements = recordStatements(db);
    const logger = pino({ level: 'silent' });
    await loadReferenceData(db.prisma);
    keys = await prepareDemo(db, logger, { beneficiaries: 150, seed: 11 });
    server = await serve(createGateway({ config: loadConfig({}), db, logger }), 0, undefined, logger);
    origin = new URL(server.url).origin;
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>CRC Platform GraphQL</title>');
    expect(html.toLowerCase()).toContain('graphiql');
    // Served from the package, not a CDN: GraphiQL must work on closed networks.
    expect(html).not.toContain('unpkg.com');
  });

  it('names the 18 governorates in Arabic for Accept-Language: ar', async () => {
    const response = await post({ query: '{ governorates { pcode name } }' }, { 'accept-language': 'ar' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { governorates: { pcode: string; name: string }[] } };
    expect(body.data.governorates).toHaveLength(18);
    expect(body.data.governorates.every((g) => /^[\u0600-\u06FF\s]+$/.test(g.name))).toBe(true);
    expect(body.data.governorates.find((g) => g.pcode === 'IQG10')?.name).toBe('ديالى');
  });

  it('serves the demo data with the demo keys', async () => {
    const response = await post({ query: '{ centres { totalCount } }' }, { authorization: `Bearer ${keyOf('ADMIN')}` });
    expect(await response.json()).toEqual({ data: { centres: { totalCount: 6 } } });
  });

  it('exposes Prometheus metrics, counting the requests served', async () => {
    const response = await fetch(`${origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^# TYPE graphql_yoga_http_duration histogram$/m);
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*statusCode="200"[^}]*\} [1-9]/);
  });

  it('reads the database for a document within the limits (so the two checks below can fail)', async () => {
    const { result, statements: sql } = await statements.during(
      async () => (await post({ query: `{ ${READS_DATABASE} }` }, GRAPHQL_RESPONSE)).status,
    );
    expect(result).toBe(200);
    expect(sql.length).toBeGreaterThan(0);
  });

  it('refuses a query 30 levels deep before touching the database', async () => {
    const deep = `{ ${READS_DATABASE} adminArea(pcode: "IQG10Q05N04") { ${'parent { '.repeat(29)}pcode${' }'.repeat(29)} } }`;
    const { result, statements: sql } = await statements.during(async () => {
      const response = await post({ query: deep }, GRAPHQL_RESPONSE);
      return {
        status: response.status,
        body: (await response.json()) as { data?: unknown; errors: { message: string }[] },
      };
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors[0]?.message).toMatch(/depth/i);
    expect(sql).toEqual([]);
  });

  it('refuses a query with 500 aliases before touching the database', async () => {
    // Aliases of a real field (graphql-armor does not count __typename), few tokens each.
    const aliases = `{ ${READS_DATABASE} adminArea(pcode: "IQG10") { ${Array.from({ length: 500 }, (_, i) => `a${i}: pcode`).join(' ')} } }`;
    const { result, statements: sql } = await statements.during(async () => {
      const response = await post({ query: aliases }, GRAPHQL_RESPONSE);
      return {
        status: response.status,
        body: (await response.json()) as { data?: unknown; errors: { message: string }[] },
      };
    });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors[0]?.message).toMatch(/aliases/i);
    expect(sql).toEqual([]);
  });

  it('refuses a revoked key with 401', async () => {
    const key = await createApiKey(db.prisma, { name: 'e2e: revoked', role: 'ADMIN' });
    const before = await post({ query: '{ __typename }' }, { authorization: `Bearer ${key.secret}` });
    expect(before.status).toBe(200);
    expect(await revokeApiKey(db.prisma, systemActor('e2e'), { apiKeyId: key.id })).toMatchObject({ ok: true });
    const after = await post({ query: '{ __typename }' }, { authorization: `Bearer ${key.secret}` });
    expect(after.status).toBe(401);
    const body = (await after.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/revoked/);
  });

  it('closes gracefully: the close resolves and the port stops answering', async () => {
    await server.close(2_000);
    await expect(fetch(`${origin}/health`)).rejects.toThrow();
  });
});
