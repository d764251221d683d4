// Ctrl-C of `pnpm demo` ends the gateway cleanly: the built crc-gateway, sent SIGINT the way a
// terminal sends it, closes the server and the database and exits 0 (exit 130 would make pnpm
// print "ELIFECYCLE Command failed.").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_MAIN, startBuiltGateway, type BuiltGateway } from './testing/built-gateway';

describe('crc-gateway and signals', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops on ${signal} with exit code 0`, async () => {
      // Fails (not skips) without a build: turbo builds the gateway before its tests (apps/gateway/turbo.json).
      expect(fs.existsSync(BUILT_MAIN)).toBe(true);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-gateway-signal-'));
      let gateway: BuiltGateway | undefined;
      try {
        gateway = await startBuiltGateway(path.join(dataDir, 'pglite'));
        const { child } = gateway;
        const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal })),
        );
        child.kill(signal);
        expect({ ...(await exited), output: gateway.output() }).toEqual({
          code: 0,
          signal: null,
          output: expect.stringContaining('"msg":"stopped"'),
        });
      } finally {
        gateway?.child.kill('SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
