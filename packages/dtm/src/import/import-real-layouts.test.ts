import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { canonicalPcode } from '@crc/domain';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterList } from './import-master-list';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const TODAY = '2026-11-22';

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** The fixture's data rows as records by header (the HXL row skipped). */
async function records(name: string): Promise<Record<string, string>[]> {
  const all = parse<Record<string, string>>(await readFile(fixture(name)), { columns: true });
  return all.filter((record) => !Object.values(record).some((value) => value.startsWith('#')));
}

describe(`the HDX "IOM DTM from API" layout (database: ${TEST_DATABASE_KIND})`, () => {
  it('v3 era: imports every row (IRQ-G codes, national rows, origin columns, round 48 on two dates) under the right p-code', async () => {
    const result = await importMasterList(db, fixture('hdx-iom-dtm-from-api-iraq-v3.csv'), { today: TODAY });
    const rows = await records('hdx-iom-dtm-from-api-iraq-v3.csv');
    expect(rows).toHaveLength(60);
    expect(result.columnsBy).toBe('hxl');
    expect(result.counts).toEqual({ read: 60, inserted: 60, updated: 0, unchanged: 0, rejected: 0 });
    expect(result.placedBy).toEqual({ code: 60, name: 0 });

    const stored = await db.prisma.displacementFigure.findMany({ where: { importBatchId: result.batchId } });
    const keyOf = (area: string, round: number, date: string, origin: string) => `${area}|${round}|${date}|${origin}`;
    const byKey = new Map(
      stored.map((figure) => [
        keyOf(figure.areaPcode, figure.round, figure.reportingDate.toISOString().slice(0, 10), figure.origin),
        figure,
      ]),
    );
    for (const row of rows) {
      // Written out from the file itself: the deepest code given (DTM's IRQ-G form), or Iraq for a national row.
      const area = row.admin2Pcode || row.admin1Pcode ? canonicalPcode(row.admin2Pcode || row.admin1Pcode || '') : 'IQ';
      const origin =
        row.idpOriginAdmin1Pcode === 'Not available' ? 'unknown' : canonicalPcode(row.idpOriginAdmin1Pcode ?? '');
      const figure = byKey.get(keyOf(area, Number(row.roundNumber), (row.reportingDate ?? '').slice(0, 10), origin));
      expect(figure, JSON.stringify(row)).toMatchObject({
        individuals: Number(row.numPresentIdpInd),
        level: row.adminLevel === 'Admin0' ? 'country' : row.adminLevel === 'Admin1' ? 'governorate' : 'district',
        displacementReason: 'Conflict',
        populationGroup: 'idp',
        males: row.numberMales ? Number(row.numberMales) : null,
      });
    }
    // Origin is a dimension, never the area: no national row was filed under its origin governorate.
    expect(
      await db.prisma.displacementFigure.count({ where: { importBatchId: result.batchId, level: 'country' } }),
    ).toBe(12);
    // Round 48 keeps both of its dates.
    const round48 = await db.prisma.displacementFigure.groupBy({
      by: ['reportingDate'],
      where: { round: 48, importBatchId: result.batchId },
      _count: true,
    });
    expect(round48.map((group) => [group.reportingDate.toISOString().slice(0, 10), group._count])).toEqual(
      expect.arrayContaining([
        ['2016-04-01', 15],
        ['2016-06-01', 15],
      ]),
    );
  });

  it('v3 era: a second import changes nothing', async () => {
    const before = await db.prisma.displacementFigure.findMany({ orderBy: { id: 'asc' } });
    const result = await importMasterList(db, fixture('hdx-iom-dtm-from-api-iraq-v3.csv'), { today: TODAY });
    expect(result.counts).toEqual({ read: 60, inserted: 0, updated: 0, unchanged: 60, rejected: 0 });
    expect(await db.prisma.displacementFigure.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('v2 era (the reference layout): national, governorate and district rows, DTM spellings', async () => {
    const result = await importMasterList(db, fixture('hdx-iom-dtm-from-api-iraq-v2.csv'), { today: TODAY });
    expect(result.counts).toEqual({ read: 10, inserted: 10, updated: 0, unchanged: 0, rejected: 0 });
    const halabja = await db.prisma.displacementFigure.findFirstOrThrow({
      where: { importBatchId: result.batchId, round: 95, areaPcode: 'IQG06Q05' },
    });
    expect(halabja).toMatchObject({
      individuals: 9_000,
      origin: '',
      sourceRef: 'hdx-iom-dtm-from-api-iraq-v2.csv#row=6;id=4',
    });
    const national = await db.prisma.displacementFigure.findFirstOrThrow({
      where: { importBatchId: result.batchId, round: 95, areaPcode: 'IQ' },
    });
    expect(national).toMatchObject({ level: 'country', individuals: 3_000_000 });
  });
});

describe('Iraq master-list layouts', () => {
  it('reads "OCHA admin 1/2", "OCHA PCode", "Place", "Arabic name", families and individuals, shelter type and origin', async () => {
    const result = await importMasterList(db, fixture('master-list-idps-header-variants.csv'), {
      today: TODAY,
      populationGroup: 'idp',
    });
    expect(result.counts).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
    const figures = await db.prisma.displacementFigure.findMany({
      where: { importBatchId: result.batchId },
      orderBy: { locationKey: 'asc' },
    });
    expect(
      figures.map((figure) => [
        figure.locationKey,
        figure.areaPcode,
        figure.locationName,
        figure.origin,
        figure.shelterType,
        figure.households,
        figure.individuals,
      ]),
    ).toEqual([
      ['IQ-P00101', 'IQG09Q03N01', 'Hay Al-Askari', 'IQG15', 'Private settings', 120, 690],
      ['IQ-P00102', 'IQG09Q03N01', 'Khanke camp', 'IQG15', 'Camp', 2100, 11400],
      ['IQ-P00103', 'IQG09Q03', 'Shariya', 'unknown', 'Critical shelter', 35, 190],
      // "Salahal Din", a master-list spelling, is an alias of Salah al-Din (IQG16).
      ['IQ-P00201', 'IQG16Q06', 'Al-Qadisiya', 'IQG16', 'Private settings', 80, 455],
      ['IQ-P00301', 'IQG13Q04', 'Al-Wahda', 'IQG16', 'unknown', 60, 330],
    ]);
    // Four rows by the OCHA PCode column, one (no code) by its names.
    expect(result.placedBy).toEqual({ code: 4, name: 1 });
  });

  it('reads a returnee list’s governorate of last displacement as the origin dimension', async () => {
    const result = await importMasterList(db, fixture('master-list-returnees-last-displacement.csv'), { today: TODAY });
    expect(result.counts).toMatchObject({ read: 3, inserted: 3, rejected: 0 });
    const figures = await db.prisma.displacementFigure.findMany({
      where: { importBatchId: result.batchId },
      orderBy: { locationKey: 'asc' },
    });
    expect(figures.map((figure) => [figure.areaPcode, figure.populationGroup, figure.origin])).toEqual([
      ['IQG10Q05N04', 'returnee', 'IQG06'],
      ['IQG10Q05N04', 'returnee', 'IQG10'],
      ['IQG15Q05', 'returnee', 'IQG09'],
    ]);
  });
});
