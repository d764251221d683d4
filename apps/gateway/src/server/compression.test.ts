import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { serve, type RunningServer } from './serve';

/** The raw bytes on the wire (fetch would decompress them). */
function get(url: string, headers: Record<string, string>): Promise<{ encoding: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe(`compressed responses and assets (database: ${TEST_DATABASE_KIND})`, () => {
  let gateway: TestGateway;
  let server: RunningServer;

  beforeAll(async () => {
    gateway = await createTestGateway();
    server = await serve(gateway.gateway, 0, '127.0.0.1', pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server?.close(100);
    await gateway?.close();
  });

  it('sends the GraphiQL page gzipped to a browser that accepts it, at a fraction of its size', async () => {
    const plain = await get(server.url, { accept: 'text/html' });
    const gzipped = await get(server.url, { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(plain.encoding).toBeUndefined();
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.bytes).length).toBe(plain.bytes.length);
    console.log(`GraphiQL page: ${plain.bytes.length} bytes, ${gzipped.bytes.length} gzipped`);
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });

  it('compresses GraphQL answers too', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ governorates { pcode name } }')}`;
    const gzipped = await get(url, { 'x-graphql-yoga-csrf': '1', 'accept-encoding': 'gzip' });
    expect(gzipped.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.bytes).toString('utf8'))).toHaveProperty('data.governorates');
  });
});
