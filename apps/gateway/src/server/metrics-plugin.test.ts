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
