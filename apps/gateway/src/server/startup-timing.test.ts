// The start on a populated embedded database (issue 13): the built crc-gateway with
// STARTUP_TIMING=true logs its phases once it has answered, and a second start finds the
// reference data by its fingerprint instead of comparing every row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_MAIN, startBuiltGateway } from '../testing/built-gateway';

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
  const { child, url, output } = await startBuiltGateway(dataDir, { STARTUP_TIMING: 'true' }, 120_000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ governorates { pcode } }' }),
    });
    expect(response.status).toBe(200);
    await response.text();
    const deadline = Date.now() + 10_000;
    while (!output().includes('"msg":"startup timing"') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return output()
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
    expect(fs.existsSync(BUILT_MAIN)).toBe(true);
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
