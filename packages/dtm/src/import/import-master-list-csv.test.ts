import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterList } from './import-master-list';

const HEADER = 'Governorate,District,Location ID,Location name,Round,Date,IDP Families,IDP Individuals';
const GOOD = [
  'Ninewa,Mosul,L001,Al-Zuhur,125,2022-03-31,100,520',
  'نينوى,الموصل,L002,الزهور,125,2022-03-31,50,260',
  'Diyala,Khanaqin,L003,Jalawla centre,125,2022-03-31,30,150',
  'ديالى,خانقين,L004,قرة تبة,125,2022-03-31,"1,200","6,000"',
  'Kirkuk,Hawija,L005,Hawija town,125,2022-03-31,,80',
];
const BAD = [
  ['Atlantis,,L006,Nowhere,125,2022-03-31,1,5', 'Governorate', /no governorate named "Atlantis"/],
  ['Ninewa,Khanaqin,L007,Somewhere,125,2022-03-31,1,5', 'District', /no district named "Khanaqin" in Ninewa/],
  ['Ninewa,Mosul,L008,Somewhere,abc,2022-03-31,1,5', 'Round', /round number/],
  ['Ninewa,Mosul,L009,Somewhere,125,2022-02-30,1,5', 'Date', /not a calendar date/],
  ['Ninewa,Mosul,L010,Somewhere,125,2022-03-31,1,12.5', 'IDP Individuals', /whole number/],
  ['Ninewa,Mosul,L011,Somewhere,125,2022-03-31,600,520', 'IDP Families', /600 households exceed 520 individuals/],
  ['Ninewa,Mosul,L001,Al-Zuhur again,125,2022-03-31,100,520', 'area', /repeats row 2/],
  ['Ninewa,Mosol,L012,Typo,125,2022-03-31,1,5', 'District', /did you mean Al-Mosul/],
] as const;

let testDb: TestDatabase;
let db: Db;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-csv-'));
});
afterAll(async () => {
  await db.close();
  await testDb.drop();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, lines: readonly string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\r\n')}\r\n`, 'utf8');
  return path;
}

describe('importMasterList (CSV, header names)', () => {
  const lines = [HEADER, ...GOOD, ...BAD.map(([line]) => line)];

  it('loads the good rows (English and Arabic names) and reports each bad row with row, column and reason', async () => {
    const rejectsPath = join(dir, 'rejects.csv');
    const result = await importMasterList(db, await file('idps-r125.csv', lines), { rejectsPath, today: '2026-11-22' });

    expect(result.columnsBy).toBe('header');
    expect(result.status).toBe('completed_with_rejections');
    expect(result.counts).toEqual({ read: 13, inserted: 5, updated: 0, unchanged: 0, rejected: 8 });
    BAD.forEach(([, column, reason], index) => {
      const rejection = result.rejected[index];
      expect(rejection?.row, `rejection ${index}`).toBe(GOOD.length + 2 + index);
      expect(rejection?.column, `rejection ${index}`).toBe(column);
      expect(rejection?.reason, `rejection ${index}`).toMatch(reason);
    });

    const figures = await db.prisma.displacementFigure.findMany({ orderBy: { locationKey: 'asc' } });
    expect(
      figures.map((figure) => [
        figure.areaPcode,
        figure.locationKey,
        figure.individuals,
        figure.households,
        figure.populationGroup,
        figure.round,
      ]),
    ).toEqual([
      ['IQG15Q05', 'L001', 520, 100, 'idp', 125],
      ['IQG15Q05', 'L002', 260, 50, 'idp', 125],
      ['IQG10Q05', 'L003', 150, 30, 'idp', 125],
      ['IQG10Q05', 'L004', 6000, 1200, 'idp', 125],
      ['IQG13Q01', 'L005', 80, null, 'idp', 125],
    ]);
    expect(
      figures.every((figure) => figure.importBatchId === result.batchId && figure.source === 'dtm_master_list'),
    ).toBe(true);

    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({
      fileName: 'idps-r125.csv',
      fileHash: result.fileHash,
      rowsRead: 13,
      rowsInserted: 5,
      rowsRejected: 8,
      status: 'completed_with_rejections',
    });
    expect(batch.finishedAt).not.toBeNull();
    expect(result.fileHash).toMatch(/^[0-9a-f]{64}$/);

    // The rejects file: one line per bad row, the reason, and the row as it was.
    const rejects = parse<Record<string, string>>(await readFile(rejectsPath, 'utf8'), { bom: true, columns: true });
    expect(rejects).toHaveLength(8);
    expect(rejects[0]).toMatchObject({
      row: '7',
      column: 'Governorate',
      value: 'Atlantis',
      Governorate: 'Atlantis',
      'Location ID': 'L006',
    });
    expect(rejects.map((record) => record.reason)).toEqual(result.rejected.map((rejection) => rejection.reason));
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await db.prisma.displacementFigure.findMany({ orderBy: { locationKey: 'asc' } });
    const result = await importMasterList(db, await file('idps-r125.csv', lines), { today: '2026-11-22' });
    expect(result.counts).toEqual({ read: 13, inserted: 0, updated: 0, unchanged: 5, rejected: 8 });
    const after = await db.prisma.displacementFigure.findMany({ orderBy: { locationKey: 'asc' } });
    // Not even rewritten: same batch and timestamps.
    expect(after).toEqual(before);
  });

  it('updates only the rows a corrected file changes', async () => {
    const corrected = [
      HEADER,
      'Ninewa,Mosul,L001,Al-Zuhur,125,2022-03-31,110,540',
      ...GOOD.slice(1),
      'Ninewa,Mosul,L008,Somewhere,125,2022-03-31,1,5',
    ];
    const result = await importMasterList(db, await file('idps-r125-corrected.csv', corrected), {
      today: '2026-11-22',
    });
    expect(result.status).toBe('completed');
    expect(result.counts).toEqual({ read: 6, inserted: 1, updated: 1, unchanged: 4, rejected: 0 });
    const changed = await db.prisma.displacementFigure.findMany({
      where: { importBatchId: result.batchId },
      orderBy: { locationKey: 'asc' },
    });
    expect(changed.map((figure) => [figure.locationKey, figure.individuals, figure.households])).toEqual([
      ['L001', 540, 110],
      ['L008', 5, 1],
    ]);
    expect(await db.prisma.displacementFigure.count()).toBe(6);
  });

  it('refuses a file without a count column before writing anything, and records the failed attempt', async () => {
    const figures = await db.prisma.displacementFigure.count();
    await expect(
      importMasterList(db, await file('no-counts.csv', ['Governorate,Round,Date', 'Ninewa,125,2022-03-31'])),
    ).rejects.toThrow(/lacks a count/);
    expect(await db.prisma.displacementFigure.count()).toBe(figures);
    const failed = await db.prisma.importBatch.findFirstOrThrow({ where: { fileName: 'no-counts.csv' } });
    expect(failed).toMatchObject({
      status: 'failed',
      rowsInserted: 0,
      rowsUpdated: 0,
      report: { error: expect.stringMatching(/lacks a count/) },
    });
  });
});

describe('importMasterList again after a first import the statistics do not know of yet', () => {
  it("gathers displacement_figure's statistics before the unchanged-row probe, so it is planned on the table's real size", async () => {
    const rows = Array.from(
      { length: 400 },
      (_, index) => `Ninewa,Mosul,S${index},Place ${index},130,2023-01-31,10,50`,
    );
    const path = await file('idps-r130.csv', [HEADER, ...rows]);
    const estimate = async () => {
      const [row] = await db.sql.query<{ estimated: number }>(
        `SELECT reltuples::float8 AS estimated FROM pg_class WHERE oid = 'displacement_figure'::regclass`,
        [],
      );
      return row!.estimated;
    };
    await db.sql.query('TRUNCATE displacement_figure CASCADE', []);
    await db.sql.query('ANALYZE displacement_figure', []);
    const first = await importMasterList(db, path, { today: '2026-11-22' });
    expect(first.counts).toMatchObject({ inserted: 400 });
    expect(await estimate()).toBeLessThan(200); // as the table was when last analysed: empty

    const again = await importMasterList(db, path, { today: '2026-11-22' });
    expect(again.counts).toMatchObject({ inserted: 0, unchanged: 400 });
    expect(await estimate()).toBeGreaterThanOrEqual(200);
  });
});
