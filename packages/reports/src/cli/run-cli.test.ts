import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { loadDemoData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let database: TestDatabase;
let db: Db;
let work: string;
beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await loadDemoData(db.prisma, { beneficiaries: 150 });
  work = await mkdtemp(path.join(tmpdir(), 'crc-report-cli-'));
}, 300_000);
afterAll(async () => {
  await db.close();
  await database.drop();
  await rm(work, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await runCli(argv, { stdout, stderr, env: {}, openDb: async () => db });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('crc-report', () => {
  it('writes the CRP VI 5W report as XLSX that LibreOffice opens with its HXL row, one row per project of the quarter', async () => {
    const out = path.join(work, 'crp-vi-5w.xlsx');
    const result = await run('5w', '--programme', 'CRP-VI', '--from', '2018-01-01', '--to', '2018-03-31', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        work,
        out,
      ],
      { timeout: 120_000 },
    );
    const rows = parse(await readFile(path.join(work, 'crp-vi-5w.csv'), 'utf8'), {
      bom: true,
      relax_column_count: true,
    });
    const [labels, hashtags] = rows;
    expect(labels![0]).toBe('Organisation');
    expect(hashtags!.slice(0, 2)).toEqual(['#org', '#org+impl']);
    for (const tag of [
      '#sector',
      '#activity',
      '#adm1+code',
      '#adm2+code',
      '#date+start',
      '#date+end',
      '#reached+ind',
      '#status',
    ])
      expect(hashtags).toContain(tag);
    const active = await db.prisma.project.count({
      where: {
        programme: { code: 'CRP-VI' },
        OR: [{ startDate: null }, { startDate: { lte: new Date('2018-03-31') } }],
        AND: [{ OR: [{ endDate: null }, { endDate: { gte: new Date('2018-01-01') } }] }],
      },
    });
    const data = rows.slice(2).filter((row) => row[hashtags!.indexOf('#activity+code')]?.startsWith('CRP6-'));
    expect(active).toBeGreaterThan(0);
    expect(data).toHaveLength(active);
    expect(data.every((row) => /^IQG\d\d$/.test(row[hashtags!.indexOf('#adm1+code')]!))).toBe(true);
  });

  it('writes an exact reach table as HXL CSV in Sorani', async () => {
    const out = path.join(work, 'reach.csv');
    const result = await run('reach', '--by', 'POPULATION_GROUP,SEX', '--locale', 'ckb', '--out', out);
    expect(result.code).toBe(0);
    const rows = parse(await readFile(out, 'utf8'), { bom: true, relax_column_count: true });
    expect(rows[0]![0]).toBe('گرووپی دانیشتووان');
    expect(rows[1]!.slice(0, 2)).toEqual(['#group+name', '#group+code']);
    const people = await db.prisma.beneficiary.count({ where: { serviceDeliveries: { some: {} } } });
    expect(Number(rows.at(-1)!.at(-1))).toBe(people);
  });

  it('answers a usage error with exit code 2 naming the argument, and an unknown programme with 3', async () => {
    const missing = await run('5w', '--programme', 'CRP-VI', '--from', '2018-01-01', '--out', 'x.csv');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--to');
    const backwards = await run(
      '5w',
      '--programme',
      'CRP-VI',
      '--from',
      '2018-03-31',
      '--to',
      '2018-01-01',
      '--out',
      'x.csv',
    );
    expect(backwards.code).toBe(2);
    const unknown = await run(
      '5w',
      '--programme',
      'NOPE',
      '--from',
      '2018-01-01',
      '--to',
      '2018-03-31',
      '--out',
      path.join(work, 'x.csv'),
    );
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('NOPE');
  });
});
