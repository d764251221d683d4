// The built crc-gateway (dist/, one bundle) runs a compiled query as the source does: bundled
// as they were, graphql-jit's imports of graphql's CommonJS files made a second graphql, and
// every compiled query answered 500 ("unsupported type: String!") while the tests passed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.resolve(import.meta.dirname, '../dist/main.js');

describe('crc-gateway built', () => {
  it('answers a query compiled on its second execution as on its first', async () => {
    // Fails (not skips) without a build: turbo builds the gateway before its tests (apps/gateway/turbo.json).
    expect(fs.existsSync(main)).toBe(true);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-gateway-compiled-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(dataDir, 'pglite'),
      COMPILE_ON_EXECUTION: '2',
      // A cached answer is not executed again.
      RESPONSE_CACHE: '0',
    };
    delete env.DATABASE_URL; // an embedded database of its own, never the shared server
    const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 90_000);
        child.stdout.on('data', () => {
          const listening = /CRC Platform gateway: (http:\/\/\S+\/graphql)/.exec(output);
          if (listening) {
            clearTimeout(timer);
            resolve(listening[1]!.replace('localhost', '127.0.0.1'));
          }
        });
        child.on('exit', (code) => reject(new Error(`gateway exited (${code}) before serving:\n${output}`)));
      });
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
      child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
