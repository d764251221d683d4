import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { serveMetrics } from './metrics-endpoint';

describe(`/metrics with bounded labels (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway;
  const METRICS_KEY = 'metrics-key-for-the-test-0123456789';

  beforeAll(async () => {
    gateway = await createTestGateway({ METRICS_OPERATION_NAMES: 'Governorates', METRICS_KEY });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const metrics = async () => {
    const response = await gateway.gateway.fetch('http://gateway.test/metrics', {
      headers: { authorization: `Bearer ${METRICS_KEY}` },
    });
    expect(response.status).toBe(200);
    return response.text();
  };
  const ask = (operationName: string, path = '/graphql', query = `query ${operationName} { governorates { pcode } }`) =>
    gateway.gateway.fetch(`http://gateway.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName }),
    });

  it('stays the same size after 3,000 requests with made-up operation names, fields and URLs', async () => {
    // Valid documents, documents naming fields the schema lacks (validation errors) and
    // documents that do not parse, each under a name and URL of its own. Every kind once
    // before the first look: each may add its series (errors by phase) once.
    const madeUp = async (prefix: string, index: number) => {
      const name = `${prefix}${index}_${Math.random().toString(36).slice(2)}`;
      if (index % 3 === 1) await ask(name, `/graphql?n=${index}`, `query ${name} { madeUpField${index} }`);
      else if (index % 3 === 2) await ask(name, `/graphql?n=${index}`, `query ${name} { governorates {`);
      else await ask(name, `/graphql?n=${index}`);
    };
    for (let index = 0; index < 21; index += 1) await madeUp('Warmup', index);
    await ask('Governorates');
    const before = await metrics();
    for (let index = 0; index < 3000; index += 1) await madeUp('MadeUp', index);
    await ask('Governorates');
    const after = await metrics();
    console.log(`/metrics: ${before.length} bytes before, ${after.length} bytes after 3,000 made-up operation names`);
    // The counts grow (more digits); the series do not.
    const series = (text: string) =>
      text
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => line.replace(/ [\d.e+-]+$/, ''));
    expect(series(after)).toEqual(series(before));
    expect(after.length).toBeLessThan(before.length + 2000);
    expect(after).not.toMatch(/MadeUp|madeUpField|Warmup|\?n=/);
    expect(after).toMatch(/operationName="Governorates"/);
    expect(after).toMatch(/operationName="other"/);
    expect(after).toMatch(/rootField="governorates"/);
    expect(after).toMatch(/route="\/graphql"/);
  }, 120_000);

  it('answers /metrics only with METRICS_KEY when one is set', async () => {
    expect((await gateway.gateway.fetch('http://gateway.test/metrics')).status).toBe(401);
    expect(
      (await gateway.gateway.fetch('http://gateway.test/metrics', { headers: { authorization: 'Bearer wrong' } }))
        .status,
    ).toBe(401);
  });

  it('serves the registry on a port of its own (METRICS_PORT)', async () => {
    const registry = new Registry();
    const server = await serveMetrics(registry, 0, '127.0.0.1', undefined);
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe(`/metrics after one request of each outcome (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await createTestGateway({ METRICS_OPERATION_NAMES: 'Governorates' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const ask = async (query: string, operationName?: string, headers: Record<string, string> = {}) => {
    const response = await gateway.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, operationName }),
    });
    return { status: response.status, body: (await response.json()) as { errors?: unknown[] } };
  };

  /** The exposition without what depends on timing: the finite buckets' lines, and the sums' values. */
  const seriesAndCounts = (text: string) =>
    text
      .split('\n')
      .filter((line) => line && !/_bucket\{le="[\d.]+"/.test(line))
      .map((line) => line.replace(/^(\w+_sum\{.*\}) .*$/, '$1'));

  it('counts each phase, error and HTTP answer under the labels yoga’s Prometheus plugin gave them', async () => {
    expect((await ask('query Broken { governorates {', 'Broken')).body.errors).toHaveLength(1);
    expect((await ask('query Governorates { madeUpField }', 'Governorates')).body.errors).toHaveLength(1);
    // PUBLIC may not see beneficiaries: one error while executing.
    expect((await ask('query Private { beneficiaries { totalCount } }', 'Private')).body.errors).toHaveLength(1);
    expect((await ask('query Governorates { governorates { pcode } }', 'Governorates')).body.errors).toBeUndefined();
    expect((await ask('{ governorates { pcode } }')).body.errors).toBeUndefined();
    // An unknown key fails while the context is built: 401.
    expect((await ask('{ __typename }', undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
    // The phase series take their type from the first definition (here a fragment: `unknown`).
    expect((await ask('fragment F on Query { __typename } query Q { ...F }', 'Q')).body.errors).toBeUndefined();

    const response = await gateway.gateway.fetch('http://gateway.test/metrics');
    const text = await response.text();
    // An anonymous operation is `other` with root field `none` in the phase series (yoga's
    // plugin named it `Anonymous`), `anonymous` with its root field in the HTTP duration.
    const phase = (name: string, help: string, type = 'histogram') => [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} ${type}`,
    ];
    const histogram = (name: string, labels: string, count: number) => [
      `${name}_bucket{le="+Inf",${labels}} ${count}`,
      `${name}_sum{${labels}}`,
      `${name}_count{${labels}} ${count}`,
    ];
    const executed = (name: string) => [
      ...histogram(name, 'operationName="other",operationType="query",rootField="beneficiaries"', 1),
      ...histogram(name, 'operationName="Governorates",operationType="query",rootField="governorates"', 1),
      ...histogram(name, 'operationName="other",operationType="query",rootField="none"', 1),
      ...histogram(name, 'operationName="other",operationType="unknown",rootField="none"', 1),
    ];
    const http = (status: number, labels: string) =>
      histogram('graphql_yoga_http_duration', `route="/graphql",method="POST",statusCode="${status}",${labels}`, 1);
    expect(seriesAndCounts(text)).toEqual([
      // The four executed queries, each compiled (tests compile from the first execution).
      ...phase(
        'gateway_compiled_executions_total',
        'Query executions run by graphql-jit (COMPILE_ON_EXECUTION)',
        'counter',
      ),
      'gateway_compiled_executions_total 4',
      ...phase('graphql_envelop_request_duration', 'Time spent executing GraphQL operations'),
      ...executed('graphql_envelop_request_duration'),
      ...phase('graphql_envelop_phase_parse', 'Time spent parsing GraphQL documents'),
      ...histogram(
        'graphql_envelop_phase_parse',
        'operationName="anonymous",operationType="unknown",rootField="none"',
        1,
      ),
      ...histogram(
        'graphql_envelop_phase_parse',
        'operationName="Governorates",operationType="query",rootField="other"',
        1,
      ),
      ...histogram(
        'graphql_envelop_phase_parse',
        'operationName="other",operationType="query",rootField="beneficiaries"',
        1,
      ),
      ...histogram(
        'graphql_envelop_phase_parse',
        'operationName="Governorates",operationType="query",rootField="governorates"',
        1,
      ),
      ...histogram('graphql_envelop_phase_parse', 'operationName="other",operationType="query",rootField="none"', 2),
      ...histogram('graphql_envelop_phase_parse', 'operationName="other",operationType="unknown",rootField="none"', 1),
      ...phase('graphql_envelop_phase_validate', 'Time spent validating GraphQL documents'),
      ...histogram(
        'graphql_envelop_phase_validate',
        'operationName="Governorates",operationType="query",rootField="other"',
        1,
      ),
      ...histogram(
        'graphql_envelop_phase_validate',
        'operationName="other",operationType="query",rootField="beneficiaries"',
        1,
      ),
      ...histogram(
        'graphql_envelop_phase_validate',
        'operationName="Governorates",operationType="query",rootField="governorates"',
        1,
      ),
      ...histogram('graphql_envelop_phase_validate', 'operationName="other",operationType="query",rootField="none"', 2),
      ...histogram(
        'graphql_envelop_phase_validate',
        'operationName="other",operationType="unknown",rootField="none"',
        1,
      ),
      // Observed once the context is built: not for the unknown key.
      ...phase('graphql_envelop_phase_context', 'Time spent building the request context (API key lookup)'),
      ...executed('graphql_envelop_phase_context'),
      ...phase('graphql_envelop_request', 'GraphQL operations executed', 'counter'),
      'graphql_envelop_request{operationName="other",operationType="query",rootField="beneficiaries"} 1',
      'graphql_envelop_request{operationName="Governorates",operationType="query",rootField="governorates"} 1',
      'graphql_envelop_request{operationName="other",operationType="query",rootField="none"} 1',
      'graphql_envelop_request{operationName="other",operationType="unknown",rootField="none"} 1',
      ...phase('graphql_envelop_phase_execute', 'Time spent in the execute phase'),
      ...executed('graphql_envelop_phase_execute'),
      ...phase('graphql_envelop_error_result', 'GraphQL results with errors, by phase', 'counter'),
      'graphql_envelop_error_result{operationName="anonymous",operationType="unknown",rootField="none",phase="parse"} 1',
      'graphql_envelop_error_result{operationName="Governorates",operationType="query",rootField="other",phase="validate"} 1',
      'graphql_envelop_error_result{operationName="other",operationType="query",rootField="beneficiaries",phase="execute"} 1',
      'graphql_envelop_error_result{operationName="other",operationType="query",rootField="none",phase="context"} 1',
      ...phase('graphql_yoga_http_duration', 'Time spent on HTTP requests to /graphql, by route, method and status'),
      // Not the document that did not parse.
      ...http(200, 'operationName="Governorates",operationType="query",rootField="other"'),
      ...http(200, 'operationName="other",operationType="query",rootField="beneficiaries"'),
      ...http(200, 'operationName="Governorates",operationType="query",rootField="governorates"'),
      ...http(200, 'operationName="anonymous",operationType="query",rootField="governorates"'),
      ...http(401, 'operationName="anonymous",operationType="query",rootField="other"'),
      ...http(200, 'operationName="other",operationType="query",rootField="none"'),
    ]);
    // prom-client's default buckets, cumulative up to the count.
    expect(
      text
        .split('\n')
        .filter((line) => line.startsWith('graphql_envelop_phase_parse_bucket{') && line.includes('"anonymous"'))
        .map((line) => /le="([^"]+)"/.exec(line)?.[1]),
    ).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']);
  });
});
