// The start on a populated embedded database (issue 13): the built crc-gateway with
// STARTUP_TIMING=true logs its phases once it has answered, and a second start finds the
// reference data by its fingerprint instead of comparing every row.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.resolve(import.meta.dirname, '../../dist/main.js');

interface LogLine {
  readonly msg?: string;
  readonly reference?: { readonly compared?: string };
  readonly phases?: readonly {
    readonly phase: string;
    readonly ms: number;
    readonly cpuMs: number;
    readonly mainCpuMs?: number;
  }[];
  readonly memoryMb?: Record<string, number>;
}

/** Starts the gateway on `dataDir`, asks it one question, and returns its log lines once it has reported its timing. */
async function startAndAsk(dataDir: string): Promise<LogLine[]> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STARTUP_TIMING: 'true',
  };
  delete env.DATABASE_URL; // an embedded database of its own, never the shared server
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 120_000);
      child.stdout.on('data', () => {
        const found = /CRC Platform gateway: (http:\/\/\S+\/graphql)/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found.replace('localhost', '127.0.0.1'));
        }
      });
      child.on('exit', (code) => reject(new Error(`gateway exited (${code}) before serving:\n${output}`)));
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ governorates { pcode } }' }),
    });
    expect(response.status).toBe(200);
    await response.text();
    const deadline = Date.now() + 10_000;
    while (!output.includes('"msg":"startup timing"') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('crc-gateway start timing', () => {
  it('logs each phase up to the first answer, and skips the row comparison of reference data once loaded', async () => {
    // Fails (not skips) without a build: turbo builds the gateway before its tests (apps/gateway/turbo.json).
    expect(fs.existsSync(main)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-gateway-start-'));
    try {
      const first = await startAndAsk(path.join(dir, 'pglite'));
      expect(first.find((line) => line.msg === 'reference data loaded')?.reference?.compared).toBe('rows');

      const second = await startAndAsk(path.join(dir, 'pglite'));
      expect(second.find((line) => line.msg === 'reference data loaded')?.reference?.compared).toBe('fingerprint');
      const timing = second.find((line) => line.msg === 'startup timing');
      expect(timing?.phases?.map((phase) => phase.phase)).toEqual([
        'main',
        '@crc/db loaded',
        'gateway modules loaded',
        'database open',
        'reference data',
        'gateway built',
        'listening',
        'first answer',
      ]);
      const ends = timing?.phases?.map((phase) => phase.ms) ?? [];
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
      // The main thread's share of the process's CPU (Linux), never more than all threads'.
      if (process.platform === 'linux')
        for (const phase of timing?.phases ?? []) expect(phase.mainCpuMs).toBeLessThanOrEqual(phase.cpuMs + 1);
      expect(timing?.memoryMb?.rss).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
