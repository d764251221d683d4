import type { DisplacementFigureCreate } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { upsertDisplacementFigures } from '../displacement/upsert-displacement-figures';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { areaRoundTotals, latestRound } from './displacement-totals';

let testDb: TestDatabase;
let db: Db;

const idp = (
  areaPcode: string,
  adminLevel: DisplacementFigureCreate['adminLevel'],
  roundNumber: number,
  reportingDate: string,
  individuals: number,
  extra: Partial<DisplacementFigureCreate> = {},
): DisplacementFigureCreate => ({
  areaPcode,
  adminLevel,
  roundNumber,
  reportingDate,
  populationGroup: 'idp',
  individuals,
  source: 'dtm_api',
  ...extra,
});

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  await upsertDisplacementFigures(db.sql, [
    // National figures (Iraq, level country), split by reason.
    idp('IQ', 'country', 48, '2016-04-01', 3_000_000, { displacementReason: 'Conflict' }),
    idp('IQ', 'country', 48, '2016-04-01', 100_000, { displacementReason: 'Climate' }),
    // Round 48 reported again on a later date: that report counts.
    idp('IQ', 'country', 48, '2016-06-01', 3_200_000, { displacementReason: 'Conflict' }),
    idp('IQ', 'country', 48, '2016-06-01', 90_000, { displacementReason: 'Climate' }),
    // Duhok, split by origin; its district Sumail must not be added to it.
    idp('IQG09', 'governorate', 48, '2016-04-01', 300_000, { origin: 'IQG15' }),
    idp('IQG09', 'governorate', 48, '2016-04-01', 5_000, { origin: 'unknown' }),
    idp('IQG09', 'governorate', 48, '2016-06-01', 310_000, { origin: 'IQG15' }),
    idp('IQG09', 'governorate', 48, '2016-06-01', 6_000, { origin: 'unknown' }),
    idp('IQG09Q03', 'district', 48, '2016-06-01', 90_000, { origin: 'IQG15' }),
    // The master list outranks the API for the same area and round.
    idp('IQG09', 'governorate', 48, '2016-06-01', 320_000, { origin: 'IQG15', source: 'dtm_master_list' }),
    idp('IQG09', 'governorate', 48, '2016-06-01', 7_000, { origin: 'unknown', source: 'dtm_master_list' }),
    idp('IQG09', 'governorate', 47, '2016-02-01', 290_000, { origin: 'IQG15' }),
  ]);
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`displacement totals in SQL (database: ${TEST_DATABASE_KIND})`, () => {
  it('counts a national figure at the country level, from the latest date of its round', async () => {
    const [iraq] = await areaRoundTotals(db.prisma, ['IQ'], { from: 48, to: 48 }, 'root');
    expect(iraq).toMatchObject({ root: 'IQ', level: 'country', individuals: 3_290_000, source: 'dtm_api' });
  });

  it('sums the origin splits of a governorate, once, from the preferred source, never adding its districts', async () => {
    const totals = await areaRoundTotals(db.prisma, ['IQG09'], { from: 47, to: 48 }, 'root');
    expect(totals.map((total) => [total.round, total.individuals, total.source, total.level])).toEqual([
      [47, 290_000, 'dtm_api', 'governorate'],
      [48, 327_000, 'dtm_master_list', 'governorate'],
    ]);
  });

  it('answers "IDPs in Duhok from Ninewa" and groups by origin', async () => {
    const [fromNinewa] = await areaRoundTotals(db.prisma, ['IQG09'], { from: 48, to: 48 }, 'root', { origin: 'IQG15' });
    expect(fromNinewa?.individuals).toBe(320_000);
    const byOrigin = await areaRoundTotals(db.prisma, ['IQG09'], { from: 48, to: 48 }, 'origin');
    expect(byOrigin.map((total) => [total.origin, total.individuals])).toEqual([
      ['IQG15', 320_000],
      ['unknown', 7_000],
    ]);
    const climate = await areaRoundTotals(db.prisma, ['IQ'], { from: 48, to: 48 }, 'root', {
      displacementReason: 'Climate',
    });
    expect(climate[0]?.individuals).toBe(90_000);
  });

  it('knows the latest round', async () => {
    expect(await latestRound(db.prisma)).toBe(48);
    expect(await latestRound(db.prisma, 'IQG10')).toBeNull();
  });
});
