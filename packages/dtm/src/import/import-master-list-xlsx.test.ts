import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterList } from './import-master-list';

let testDb: TestDatabase;
let db: Db;
let dir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-xlsx-'));
});
afterAll(async () => {
  await db.close();
  await testDb.drop();
  await rm(dir, { recursive: true, force: true });
});

/** A returnee list as HDX publishes it: headers, then the HXL row (attributes in any order), then data. */
async function returneeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Returnees R125');
  sheet.addRow([
    'Governorate code',
    'District',
    'Sub-district code',
    'Place ID',
    'Place name',
    'Families',
    'Individuals',
    'Females',
    'Date',
    'Round',
  ]);
  sheet.addRow([
    '#adm1 +code',
    '#adm2+name',
    '#adm3+code',
    '#loc +code',
    '#loc+name',
    '#affected+hh+returnees',
    '#affected +ind +returnees',
    '#affected+returnees+ind+f',
    '#date +reported',
    '#round+code',
  ]);
  const date = new Date(Date.UTC(2022, 2, 31));
  sheet.addRow(['IQG10', 'Khanaqin', 'IQG10Q05N04', 'R-1001', 'Jalawla', 4100, 22_000, 11_200, date, 'Round 125']);
  sheet.addRow(['IQG15', 'Al-Mosul', null, 'R-2001', 'Al-Zuhur', 900, 4_800, 2_500, date, 125]);
  sheet.addRow(['IQG13', 'الحويجة', null, 'R-3001', 'Hawija centre', 600, 3_100, 1_600, '2022-03-31', 125]);
  // Sub-district of Khanaqin under Ninewa's p-code: the levels contradict each other.
  sheet.addRow(['IQG15', 'Khanaqin', 'IQG10Q05N04', 'R-1002', 'Wrong', 1, 5, 2, date, 125]);
  sheet.getColumn(9).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(path);
}

describe('importMasterList (XLSX with an HXL row)', () => {
  it('finds the columns by hashtag, whatever the attribute order, and reads spreadsheet dates and numbers', async () => {
    const path = join(dir, 'returnees.xlsx');
    await returneeWorkbook(path);
    const result = await importMasterList(db, path, { today: '2026-11-22' });

    expect(result.columnsBy).toBe('hxl');
    expect(result.counts).toEqual({ read: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejected[0]).toMatchObject({
      row: 6,
      column: 'District #adm2+name',
      reason: expect.stringMatching(/no district named "Khanaqin" in Ninewa/),
    });

    const figures = await db.prisma.displacementFigure.findMany({ orderBy: { locationKey: 'asc' } });
    expect(
      figures.map((figure) => ({
        area: figure.areaPcode,
        level: figure.level,
        location: figure.locationKey,
        name: figure.locationName,
        group: figure.populationGroup,
        individuals: figure.individuals,
        households: figure.households,
        round: figure.round,
        date: figure.reportingDate.toISOString().slice(0, 10),
      })),
    ).toEqual([
      {
        area: 'IQG10Q05N04',
        level: 'subdistrict',
        location: 'R-1001',
        name: 'Jalawla',
        group: 'returnee',
        individuals: 22_000,
        households: 4100,
        round: 125,
        date: '2022-03-31',
      },
      {
        area: 'IQG15Q05',
        level: 'district',
        location: 'R-2001',
        name: 'Al-Zuhur',
        group: 'returnee',
        individuals: 4_800,
        households: 900,
        round: 125,
        date: '2022-03-31',
      },
      {
        area: 'IQG13Q01',
        level: 'district',
        location: 'R-3001',
        name: 'Hawija centre',
        group: 'returnee',
        individuals: 3_100,
        households: 600,
        round: 125,
        date: '2022-03-31',
      },
    ]);
  });

  it('imports the same workbook again without changing anything', async () => {
    const path = join(dir, 'returnees.xlsx');
    const result = await importMasterList(db, path, { today: '2026-11-22' });
    expect(result.counts).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 3, rejected: 1 });
  });
});
