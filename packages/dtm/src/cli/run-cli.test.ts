import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDtmServer, type LocalDtmServer } from '../testing/local-dtm-server';
import { EXIT } from './exit-codes';
import { runCli, type CliIo } from './run-cli';

const KEY = 'cli-test-key-5d1e';
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let testDb: TestDatabase;
let db: Db;
let dir: string;
let server: LocalDtmServer;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-cli-'));
  server = await startLocalDtmServer({ subscriptionKey: KEY });
});
afterAll(async () => {
  await server.close();
  await db.close();
  await testDb.drop();
  await rm(dir, { recursive: true, force: true });
});

function io(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    env,
    // The test database stays open across commands.
    openDb: async () => ({ ...db, close: async () => undefined }),
    out: () => out,
    err: () => err,
  };
}

async function csv(name: string, lines: readonly string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const HEADER = 'Governorate,District,Location ID,Round,Date,Returnee Families,Returnee Individuals';

describe('crc-dtm import', () => {
  it('exits 0 with a summary on stdout and progress on stderr when every row was written', async () => {
    const file = await csv('returnees.csv', [
      HEADER,
      'Diyala,Khanaqin,J1,125,2022-03-31,4100,22000',
      'Salah al-Din,Tikrit,T1,125,2022-03-31,100,600',
    ]);
    const cli = io();
    expect(await runCli(['import', file], cli)).toBe(EXIT.ok);
    expect(cli.out()).toMatch(/status\s+completed\n/);
    expect(cli.out()).toMatch(/inserted\s+2\n/);
    expect(cli.err()).toMatch(/import: 100% \(2 rows\)/);
    expect(existsSync(join(dir, 'returnees.rejects.csv'))).toBe(false);
  });

  it('exits 1 and writes the rejects file beside the input when rows were rejected', async () => {
    const file = await csv('returnees-bad.csv', [
      HEADER,
      'Diyala,Khanaqin,J1,125,2022-03-31,4100,22000',
      'Diyala,Atlantis,J2,125,2022-03-31,1,5',
    ]);
    const cli = io();
    expect(await runCli(['import', file, '--source', 'dtm_master_list'], cli)).toBe(EXIT.rejectedRows);
    expect(cli.out()).toMatch(/unchanged\s+1\n/);
    expect(cli.err()).toContain('row 3, District "Atlantis": no district named "Atlantis" in Diyala (IQG10)');
    const rejects = await readFile(join(dir, 'returnees-bad.rejects.csv'), 'utf8');
    expect(rejects).toContain('"3","District","Atlantis",');
  });

  it('exits 2 on usage errors without touching the database', async () => {
    const batches = await db.prisma.importBatch.count();
    for (const argv of [
      [],
      ['import'],
      ['frobnicate'],
      ['import', 'a.csv', '--round', 'abc'],
      ['import', 'a.csv', '--bogus'],
      ['sync'],
      ['sync', '--country', 'Iraq', '--from-round', '9', '--to-round', '3'],
    ]) {
      const cli = io({ DTM_SUBSCRIPTION_KEY: KEY });
      expect(await runCli(argv, cli), argv.join(' ')).toBe(EXIT.usage);
      expect(cli.err()).toContain('usage:');
    }
    expect(await db.prisma.importBatch.count()).toBe(batches);
  });

  it('exits 3 for a missing file and for a file it cannot map', async () => {
    const missing = io();
    expect(await runCli(['import', join(dir, 'nope.csv')], missing)).toBe(EXIT.source);
    expect(missing.err()).toMatch(/source error: .*nope\.csv/);
    const noCounts = io();
    expect(
      await runCli(
        ['import', await csv('no-counts.csv', ['Governorate,Round,Date', 'Diyala,125,2022-03-31'])],
        noCounts,
      ),
    ).toBe(EXIT.source);
    expect(noCounts.err()).toMatch(/lacks a count/);
  });
});

describe('crc-dtm sync', () => {
  it('exits 0 after writing the API figures', async () => {
    const cli = io({ DTM_SUBSCRIPTION_KEY: KEY });
    expect(
      await runCli(
        [
          'sync',
          '--country',
          'Iraq',
          '--from-round',
          '96',
          '--to-round',
          '97',
          '--base-url',
          server.baseUrl,
          '--level',
          'admin1',
        ],
        cli,
      ),
    ).toBe(EXIT.ok);
    expect(cli.out()).toMatch(/admin1 rows\s+16\n/);
    expect(cli.out()).toMatch(/inserted\s+16\n/);
    expect(await db.prisma.displacementFigure.count({ where: { source: 'dtm_api' } })).toBe(16);
  });

  it('exits 3 when the API reports failure, and never prints the key', async () => {
    server.injectFault({ kind: 'not-success', messages: ['Operation is not valid.'] });
    const cli = io({ DTM_SUBSCRIPTION_KEY: KEY });
    expect(await runCli(['sync', '--operation', 'Nowhere', '--base-url', server.baseUrl], cli)).toBe(EXIT.source);
    expect(cli.err()).toContain('Operation is not valid.');
    expect(cli.out() + cli.err()).not.toContain(KEY);
  });

  it('exits 2 without a subscription key', async () => {
    const cli = io();
    expect(await runCli(['sync', '--country', 'Iraq', '--base-url', server.baseUrl], cli)).toBe(EXIT.usage);
    expect(cli.err()).toContain('DTM_SUBSCRIPTION_KEY');
  });
});

describe('the built crc-dtm binary', () => {
  const run = (args: string[], env: Record<string, string>) =>
    promisify(execFile)(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it('prints usage with --help (0) and exits 2 on a usage error', async () => {
    expect(await run(['--help'], {})).toMatchObject({ code: 0, stdout: expect.stringContaining('exit codes:') });
    expect(await run(['import'], {})).toMatchObject({ code: 2 });
  });

  it('exits 4 when the database cannot be reached', async () => {
    const file = await csv('db-down.csv', [HEADER, 'Diyala,Khanaqin,J1,125,2022-03-31,4100,22000']);
    const result = await run(['import', file], { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/database error/);
  });
});
