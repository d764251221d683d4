import type { DisplacementFigureCreate } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { copyField, copyText } from '../sql/copy-text';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import {
  figureStaging,
  prismaFigureWriter,
  stagingPart,
  upsertDisplacementFigures,
} from './upsert-displacement-figures';

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

const figure = (index: number, extra: Partial<DisplacementFigureCreate> = {}): DisplacementFigureCreate => ({
  source: 'dtm_master_list',
  areaPcode: 'IQG10Q05N02',
  adminLevel: 'subdistrict',
  location: { code: `IQ-LOC-${index}`, name: `Location ${index}` },
  roundNumber: 120,
  reportingDate: '2021-03-31',
  populationGroup: 'idp',
  individuals: 100 + index,
  households: 20 + index,
  ...extra,
});

/** What a re-read gives back of the stored figures, in key order. */
async function stored(source: DisplacementFigureCreate['source']) {
  return db.sql.query<Record<string, unknown>>(
    `SELECT location_code, location_name, location_key, individuals, households, males, females, origin, source_ref, import_batch_id
       FROM displacement_figure WHERE source = $1 ORDER BY location_key, origin`,
    [source],
  );
}

describe('COPY text format', () => {
  it('escapes what separates fields and rows, and writes null as \\N', () => {
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyField(null)).toBe('\\N');
    expect(copyField(42)).toBe('42');
    expect(() => copyField(Number.NaN)).toThrow(/NaN/);
    expect(
      copyText([
        ['x', null],
        ['y', 1],
      ]),
    ).toBe('x\t\\N\ny\t1\n');
  });
});

describe(`upsertDisplacementFigures through COPY (database: ${TEST_DATABASE_KIND})`, () => {
  it('inserts, then leaves an identical import unchanged, then updates only what changed', async () => {
    const figures = Array.from({ length: 1200 }, (_, index) => figure(index));
    const write = (rows: readonly DisplacementFigureCreate[]) =>
      db.sql.transaction((tx) => upsertDisplacementFigures(tx, rows));
    expect(await write(figures)).toEqual({ inserted: 1200, updated: 0, unchanged: 0 });
    expect(await write(figures)).toEqual({ inserted: 0, updated: 0, unchanged: 1200 });
    const changed = figures.map((row, index) =>
      index % 100 === 0 ? { ...row, individuals: row.individuals + 1 } : row,
    );
    expect(await write([...changed, figure(5000)])).toEqual({ inserted: 1, updated: 12, unchanged: 1188 });
  });

  it('counts the same with noneStored, even when the claim is wrong (only the unchanged-row filter is left out)', async () => {
    const figures = Array.from({ length: 200 }, (_, index) => figure(20_000 + index, { source: 'manual' }));
    const write = (rows: readonly DisplacementFigureCreate[]) =>
      db.sql.transaction((tx) => upsertDisplacementFigures(tx, rows, null, { noneStored: true }));
    expect(await write(figures)).toEqual({ inserted: 200, updated: 0, unchanged: 0 });
    const changed = figures.map((row, index) =>
      index % 50 === 0 ? { ...row, individuals: row.individuals + 1 } : row,
    );
    expect(await write(changed)).toEqual({ inserted: 0, updated: 4, unchanged: 196 });
    expect((await stored('manual')).map((row) => row.individuals)).toEqual(changed.map((row) => row.individuals));
    await db.sql.query(`DELETE FROM displacement_figure WHERE source = 'manual'`);
  });

  it('touches no stored row when the figures are unchanged: not even a row lock (xmax stays 0)', async () => {
    const figures = Array.from({ length: 300 }, (_, index) => figure(10_000 + index, { source: 'dtm_api' }));
    const write = () => db.sql.transaction((tx) => upsertDisplacementFigures(tx, figures));
    expect(await write()).toEqual({ inserted: 300, updated: 0, unchanged: 0 });
    expect(await write()).toEqual({ inserted: 0, updated: 0, unchanged: 300 });
    // ON CONFLICT DO UPDATE ... WHERE locks a conflicting row even when its WHERE is false, writing xmax.
    const [touched] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM displacement_figure WHERE source = 'dtm_api' AND xmax::text <> '0'`,
    );
    expect(touched?.n).toBe(0);
    await db.sql.query(`DELETE FROM displacement_figure WHERE source = 'dtm_api'`);
  });

  it('stages figures in parts and upserts them together, over and over in one session, with the same counts', async () => {
    const figures = Array.from({ length: 6400 }, (_, index) => figure(30_000 + index, { source: 'iom_document' }));
    const inParts = (rows: readonly DisplacementFigureCreate[]) =>
      db.sql.transaction(async (tx) => {
        const staging = figureStaging(tx);
        if (staging === undefined) throw new Error('a transaction can COPY');
        const counts = [];
        // Two upserts in one session: the second must not meet the first one's staged rows.
        for (const half of [rows.slice(0, 3200), rows.slice(3200)]) {
          await staging.add(stagingPart(half.slice(0, 1600), null));
          // A part whose COPY text was built ahead counts the same.
          await staging.add(stagingPart(half.slice(1600), null));
          counts.push(await staging.upsert());
        }
        // More than a chunk's worth staged at once: the probe of many figures (its staging table analysed first).
        await staging.add(stagingPart(rows, null));
        expect(staging.staged).toBe(rows.length);
        counts.push(await staging.upsert());
        expect(staging.staged).toBe(0);
        return counts;
      });
    expect(await inParts(figures)).toEqual([
      { inserted: 3200, updated: 0, unchanged: 0 },
      { inserted: 3200, updated: 0, unchanged: 0 },
      { inserted: 0, updated: 0, unchanged: 6400 },
    ]);
    const changed = figures.map((row, index) =>
      index % 100 === 0 ? { ...row, individuals: row.individuals + 1 } : row,
    );
    expect(await inParts(changed)).toEqual([
      { inserted: 0, updated: 32, unchanged: 3168 },
      { inserted: 0, updated: 32, unchanged: 3168 },
      { inserted: 0, updated: 0, unchanged: 6400 },
    ]);
    expect((await stored('iom_document')).length).toBe(6400);
    await db.sql.query(`DELETE FROM displacement_figure WHERE source = 'iom_document'`);
  });

  it('stores tabs, newlines, backslashes, Arabic and nulls exactly as the array statement does', async () => {
    const awkward = [
      figure(1, {
        source: 'dtm_api',
        location: { code: 'A\tB', name: 'line\nbreak \\ back\\slash' },
        sourceReference: 'ref\r\n',
      }),
      figure(2, {
        source: 'dtm_api',
        location: { name: 'حي الشهداء' },
        households: undefined,
        males: 40,
        females: 62,
        origin: 'IQG15',
      }),
      figure(3, { source: 'dtm_api', location: undefined, adminLevel: 'subdistrict' }),
    ];
    expect(await db.sql.transaction((tx) => upsertDisplacementFigures(tx, awkward))).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    const byCopy = await stored('dtm_api');
    // The same rows through the array statement (a Prisma transaction has no COPY): nothing to change.
    expect(await db.prisma.$transaction((tx) => upsertDisplacementFigures(prismaFigureWriter(tx), awkward))).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(
      byCopy.map((row) => [
        row.location_code,
        row.location_name,
        row.location_key,
        row.households,
        row.males,
        row.origin,
        row.source_ref,
      ]),
    ).toEqual([
      [null, null, '', 23, null, '', null],
      ['A\tB', 'line\nbreak \\ back\\slash', 'A\tB', 21, null, '', 'ref\r\n'],
      [null, 'حي الشهداء', 'حي الشهداء', null, 40, 'IQG15', null],
    ]);
  });

  it('writes nothing when the transaction it runs in fails afterwards', async () => {
    const before = (await stored('dtm_master_list')).length;
    await expect(
      db.sql.transaction(async (tx) => {
        await upsertDisplacementFigures(tx, [figure(9001), figure(9002)]);
        throw new Error('the batch failed after its figures');
      }),
    ).rejects.toThrow(/batch failed/);
    expect((await stored('dtm_master_list')).length).toBe(before);
  });

  it('refuses a figure the table refuses (unknown area), and the transaction keeps nothing of it', async () => {
    const before = (await stored('dtm_master_list')).length;
    await expect(
      db.sql.transaction((tx) => upsertDisplacementFigures(tx, [figure(9100), figure(9101, { areaPcode: 'IQG99' })])),
    ).rejects.toThrow();
    expect((await stored('dtm_master_list')).length).toBe(before);
  });
});
