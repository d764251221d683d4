// The built crc-gateway (dist/, one bundle) runs a compiled query as the source does: bundled
// as they were, graphql-jit's imports of graphql's CommonJS files made a second graphql, and
// every compiled query answered 500 ("unsupported type: String!") while the tests passed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_MAIN, startBuiltGateway, type BuiltGateway } from './testing/built-gateway';

describe('crc-gateway built', () => {
  it('answers a query compiled on its second execution as on its first', async () => {
    // Fails (not skips) without a build: turbo builds the gateway before its tests (apps/gateway/turbo.json).
    expect(fs.existsSync(BUILT_MAIN)).toBe(true);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-gateway-compiled-'));
    let gateway: BuiltGateway | undefined;
    try {
      gateway = await startBuiltGateway(path.join(dataDir, 'pglite'), {
        COMPILE_ON_EXECUTION: '2',
        // A cached answer is not executed again.
        RESPONSE_CACHE: '0',
      });
      const { url } = gateway;
      const ask = async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'ar' },
          body: JSON.stringify({ query: '{ governorates { pcode name } __typename }' }),
        });
        return { status: response.status, body: await response.text() };
      };
      const first = await ask();
      expect(first.status).toBe(200);
      expect(first.body).toContain('"pcode"');
      expect(await ask()).toEqual(first);
      const metrics = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      expect(metrics).toMatch(/^gateway_compiled_executions_total 1$/m);
    } finally {
      gateway?.child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
