// Ctrl-C of `pnpm demo` ends the gateway cleanly: the built crc-gateway, sent SIGINT the way a
// terminal sends it, closes the server and the database and exits 0 (exit 130 would make pnpm
// print "ELIFECYCLE Command failed.").
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const main = path.resolve(import.meta.dirname, '../dist/main.js');

describe('crc-gateway and signals', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops on ${signal} with exit code 0`, async () => {
      // Fails (not skips) without a build: turbo builds the gateway before its tests (apps/gateway/turbo.json).
      expect(fs.existsSync(main)).toBe(true);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-gateway-signal-'));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: path.join(dataDir, 'pglite'),
      };
      delete env.DATABASE_URL; // an embedded database of its own, never the shared server
      const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 90_000);
          child.stdout.on('data', () => {
            if (output.includes('CRC Platform gateway:')) {
              clearTimeout(timer);
              resolve();
            }
          });
          child.on('exit', (code) => reject(new Error(`gateway exited (${code}) before serving:\n${output}`)));
        });
        const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal })),
        );
        child.kill(signal);
        expect({ ...(await exited), output }).toEqual({
          code: 0,
          signal: null,
          output: expect.stringContaining('"msg":"stopped"'),
        });
      } finally {
        child.kill('SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
