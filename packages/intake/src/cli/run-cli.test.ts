import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationFixture } from '../testing/registration-fixture';
import { runCli, type CliIo } from './run-cli';

let testDb: TestDatabase;
let db: Db;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  await db.prisma.centre.create({
    data: { code: 'CRC-JALAWLA', name: 'Jalawla CRC', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
  });
  dir = await mkdtemp(join(tmpdir(), 'crc-import-cli-'));
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: {},
    // The test's database stays open between runs: closing is the test's job.
    openDb: async () => ({ ...db, close: async () => undefined }),
    out: () => out,
    err: () => err,
  };
}

describe('crc-import', () => {
  it('registrations --dry-run prints the summary, the duplicates and the rejects, writes the rejects file, exits 1', async () => {
    const file = join(dir, 'households.csv');
    await writeFile(file, registrationFixture().csv);
    const cli = io();
    const code = await runCli(['registrations', file, '--centre', 'CRC-JALAWLA', '--dry-run'], cli);
    expect(code).toBe(1);
    expect(cli.out()).toMatch(/DRY RUN: nothing was written/);
    expect(cli.out()).toMatch(/households\s+500/);
    expect(cli.out()).toMatch(/rejected \(the whole household is left out/);
    // Non-TTY progress: plain lines, no carriage returns.
    expect(cli.err()).toMatch(/dry run: 100%/);
    expect(cli.err()).not.toContain('\r');
    const rejects = await readFile(join(dir, 'households.rejects.csv'), 'utf8');
    expect(rejects.split('\n')[0]).toBe('\ufeff"household","row_or_member","field","value","reason"');
    expect(await db.prisma.beneficiary.count()).toBe(0);
  });

  it('refuses an unknown centre and a missing --centre with exit code 2', async () => {
    const file = join(dir, 'households.csv');
    const unknown = io();
    expect(await runCli(['registrations', file, '--centre', 'NOPE', '--dry-run'], unknown)).toBe(2);
    expect(unknown.err()).toContain('no centre with the code "NOPE"');
    const missing = io();
    expect(await runCli(['registrations', file, '--dry-run'], missing)).toBe(2);
    expect(missing.err()).toContain('--centre <code> is required');
  });

  it('template --lang ar writes a right-to-left sheet with Arabic headers and dropdown lists that the importer reads back', async () => {
    const out = join(dir, 'template-ar.xlsx');
    const cli = io();
    expect(await runCli(['template', '--lang', 'ar', '--out', out], cli)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('التسجيلات')!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('الاسم الأول');
    expect(headers).toContain('الجنس');
    const sexColumn = headers.indexOf('الجنس') + 1;
    const validation = sheet.getCell(2, sexColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    const lists = workbook.getWorksheet('القوائم')!;
    expect(lists.state).toBe('veryHidden');

    // Fill one household with the dropdowns' Arabic labels and read it back.
    const set = (row: number, header: string, value: string) =>
      (sheet.getCell(row, headers.indexOf(header) + 1).value = value);
    const area = headers.find((header) => String(header).includes('السكن')) as string;
    // The relationship dropdown's own entries: head first, then spouse, child, ...
    const relationshipColumn = headers.indexOf('صلة القرابة برب الأسرة') + 1;
    const range = /!\$([A-Z]+)\$1:/.exec(
      String(sheet.getCell(2, relationshipColumn).dataValidation?.formulae?.[0]),
    )?.[1];
    const relationships = [1, 2, 3].map((row) => lists.getCell(`${range}${row}`).text);
    for (const [row, name, relation, sex] of [
      [2, 'أحمد', relationships[0]!, 'ذكر'],
      [3, 'زينب', relationships[2]!, 'أنثى'],
    ] as const) {
      set(row, 'رمز الأسرة', 'T-1');
      set(row, 'الاسم الأول', name);
      set(row, 'اللقب', 'الجبوري');
      set(row, 'الجنس', sex);
      set(row, 'تاريخ الميلاد', row === 2 ? '1980-01-02' : '2012-03-04');
      set(row, 'صلة القرابة برب الأسرة', relation);
      set(row, area, 'خانقين (IQG10Q05)');
      set(row, 'الفئة السكانية', 'نازح داخلياً');
      set(row, 'الموافقة على معالجة البيانات', 'نعم');
    }
    const filled = join(dir, 'filled-ar.xlsx');
    await workbook.xlsx.writeFile(filled);
    const run = io();
    const code = await runCli(['registrations', filled, '--centre', 'CRC-JALAWLA', '--dry-run'], run);
    expect(run.out() + run.err()).not.toContain('rejected (');
    expect(code).toBe(0);
    expect(run.out()).toMatch(/would be created\s+1/);
    expect(run.out()).toMatch(/people would be created\s+2/);
  });
});
