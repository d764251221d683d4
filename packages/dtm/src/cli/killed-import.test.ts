import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, loadReferenceData } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ROWS = 20_000;
let testDb: TestDatabase;
let dir: string;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-kill-'));
  testDb = await createTestDatabase();
  if (TEST_DATABASE_KIND === 'postgresql') {
    const db = await testDb.open();
    await loadReferenceData(db.prisma);
    await db.close();
    url = testDb.url;
  } else {
    // PGlite on disk: the CLI process opens it, then this process after the kill.
    url = `pglite:${join(dir, 'pglite')}`;
  }
  const rows = Array.from({ length: ROWS }, (_, index) => `IQG10Q05,K${index},${index + 10},125,2022-03-31`);
  await writeFile(join(dir, 'big.csv'), ['District P-Code,Location ID,IDP Individuals,Round,Date', ...rows].join('\n'));
});
afterAll(async () => {
  await testDb.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('a killed crc-dtm import', () => {
  it('leaves no batch and no figures behind, and the same import then completes', async () => {
    const child = spawn(process.execPath, [CLI, 'import', join(dir, 'big.csv')], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const killedAt = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // More than 5,000 rows read: the first 5,000-row chunk was written inside the transaction.
        const rows = [...stderr.matchAll(/import: \d+% \(([\d,]+) rows\)/g)].map((match) =>
          Number(match[1]?.replaceAll(',', '')),
        );
        if (rows.some((count) => count > 5000) && !child.killed) {
          child.kill('SIGKILL');
          resolve(stderr);
        }
      });
      child.on('exit', () => reject(new Error(`the import ended before it could be killed:\n${stderr}`)));
    });
    expect(killedAt).toMatch(/import: \d+%/);
    await new Promise((resolve) => child.once('close', resolve));

    const db = await createDb(url, { migrate: false });
    try {
      expect(await db.prisma.displacementFigure.count()).toBe(0);
      expect(await db.prisma.importBatch.count()).toBe(0);
    } finally {
      await db.close();
    }

    // The database is usable afterwards and the same command, not killed, writes everything.
    const rerun = spawn(process.execPath, [CLI, 'import', join(dir, 'big.csv')], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: url },
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => rerun.once('close', resolve))).toBe(0);
    const after = await createDb(url, { migrate: false });
    try {
      expect(await after.prisma.displacementFigure.count()).toBe(ROWS);
      expect(await after.prisma.importBatch.count()).toBe(1);
    } finally {
      await after.close();
    }
  });
});
