import { defineAgeBrackets } from '@crc/domain';
import {
  keyedUniqueReach,
  RECORD_KEY_RESOLUTION,
  uniqueReach,
  type DeliveryRecord,
  type Dimension,
  type KeyedDeliveryRecord,
} from '@crc/metrics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { FigureInputError } from './figure-input-error';
import { reachInSql, type RawQueryClient } from './reach-in-sql';
import type { ReachFilter } from './reach-filter';
import { insertSyntheticDataset, type SyntheticDataset } from './synthetic-reach-dataset';

/** A delivery as loaded row by row, with what the in-memory filter needs. */
interface LoadedDelivery extends KeyedDeliveryRecord {
  readonly centreId: string;
  readonly deliveredOn: string;
  readonly programmeId: string | null;
}

let testDb: TestDatabase;
let db: Db;
let dataset: SyntheticDataset;
let loaded: LoadedDelivery[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dataset = await insertSyntheticDataset(db.prisma);
  // The same rows, loaded separately, for @crc/metrics.
  const rows = await db.prisma.serviceDelivery.findMany({ include: { beneficiary: true, project: true } });
  // Record keys are not in the Prisma client (@ignore): only SQL reads them.
  const keys = new Map(
    (await db.prisma.$queryRaw<{ id: string; record_key: number }[]>`SELECT id::text, record_key FROM beneficiary`).map(
      (row) => [row.id, row.record_key],
    ),
  );
  loaded = rows.map((row) => ({
    beneficiaryId: row.beneficiaryId,
    recordKey: keys.get(row.beneficiaryId)!,
    sex: row.beneficiary.sex as DeliveryRecord['sex'],
    dateOfBirth: row.beneficiary.dateOfBirth?.toISOString().slice(0, 10) ?? null,
    populationGroup: row.beneficiary.populationGroup as DeliveryRecord['populationGroup'],
    areaPcode: row.beneficiary.areaOfResidencePcode,
    sector: (row.project?.sector ?? null) as DeliveryRecord['sector'],
    serviceType: row.serviceType as DeliveryRecord['serviceType'],
    centreId: row.centreId,
    deliveredOn: row.deliveredOn.toISOString().slice(0, 10),
    programmeId: row.project?.programmeId ?? null,
  }));
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const AT = '2024-06-30';

describe(`reachInSql equals @crc/metrics uniqueReach (database: ${TEST_DATABASE_KIND})`, () => {
  it('works on a dataset that exercises repeats, missing values and people in several cells', () => {
    expect(loaded).toHaveLength(dataset.deliveries);
    expect(new Set(loaded.map((d) => d.beneficiaryId)).size).toBe(dataset.people);
    expect(loaded.some((d) => d.dateOfBirth === null)).toBe(true);
    expect(loaded.some((d) => d.areaPcode === null)).toBe(true);
    expect(loaded.some((d) => d.sector === null)).toBe(true);
    // Someone reached by two services: a unique-reach total is then less than the sum of its cells.
    const memory = uniqueReach(loaded, { by: ['serviceType'] });
    expect(memory.grandTotal).toBeLessThan(memory.cells.reduce((sum, row) => sum + row[0]!, 0));
  });

  const combinations: (readonly Dimension[])[] = [
    [],
    ['sex'],
    ['ageBracket'],
    ['subdistrict'],
    ['governorate', 'sex'],
    ['sex', 'ageBracket'],
    ['district', 'ageBracket'],
    ['sector', 'populationGroup'],
    ['serviceType', 'sex', 'ageBracket'],
    ['governorate', 'sector', 'serviceType', 'sex'],
  ];
  it.each(combinations.map((by) => [by.join(' × ') || '(no dimension)', by] as const))('by %s', async (_name, by) => {
    const sql = await reachInSql(db.prisma, { by, at: AT });
    expect(sql).toEqual(keyedUniqueReach(loaded, { by, at: AT }));
  });

  it('rolls `area` up to the requested level, like the level dimension of @crc/metrics', async () => {
    const sql = await reachInSql(db.prisma, { by: ['area', 'sex'], areaLevel: 'district' });
    expect(sql).toEqual(keyedUniqueReach(loaded, { by: ['district', 'sex'] }));
    expect(sql.rows.map(([area]) => area)).toContain('not_recorded'); // coarser than a district, or no area
  });

  it('uses custom age brackets and listed categories', async () => {
    const brackets = defineAgeBrackets([0, 18, 50]);
    const categories = { sex: ['male', 'female'], ageBracket: ['50+', '0-17', '18-49'] };
    const sql = await reachInSql(db.prisma, { by: ['sex', 'ageBracket'], at: AT, brackets, categories });
    expect(sql).toEqual(keyedUniqueReach(loaded, { by: ['sex', 'ageBracket'], at: AT, brackets, categories }));
    expect(sql.columns).toEqual(['50+', '0-17', '18-49', 'not_recorded']);
  });

  it('computes ages at `at` as completed years (29 February, birthday on the day)', async () => {
    // Around the birthdays of people born on 29 February and on 30 June.
    for (const at of ['2024-02-28', '2024-02-29', '2025-02-28', '2025-03-01', '2024-06-29', '2024-06-30']) {
      const brackets = defineAgeBrackets([0, 1, 2, 3, 4, 5, 11, 12, 13, 24, 25, 44, 45, 64, 65]);
      const sql = await reachInSql(db.prisma, { by: ['ageBracket'], at, brackets });
      expect(sql, `at ${at}`).toEqual(keyedUniqueReach(loaded, { by: ['ageBracket'], at, brackets }));
    }
  });

  const filters: [string, () => ReachFilter, (d: LoadedDelivery) => boolean][] = [
    ['a centre', () => ({ centreId: dataset.centreIds[1]! }), (d) => d.centreId === dataset.centreIds[1]],
    ['a governorate', () => ({ areaPcode: 'IQG10' }), (d) => d.areaPcode?.startsWith('IQG10') ?? false],
    ['a district', () => ({ areaPcode: 'IQG10Q05' }), (d) => d.areaPcode?.startsWith('IQG10Q05') ?? false],
    [
      'a period',
      () => ({ from: '2023-07-01', to: '2024-03-31' }),
      (d) => d.deliveredOn >= '2023-07-01' && d.deliveredOn <= '2024-03-31',
    ],
    ['a service type', () => ({ serviceType: 'legal_counselling' }), (d) => d.serviceType === 'legal_counselling'],
    ['a sector', () => ({ sector: 'employment' }), (d) => d.sector === 'employment'],
    [
      'a programme',
      () => ({ programmeId: dataset.programmeIds[0]! }),
      (d) => d.programmeId === dataset.programmeIds[0],
    ],
    [
      'several fields at once',
      () => ({ areaPcode: 'IQG15', sex: 'female', populationGroup: 'idp', from: '2024-01-01' }),
      (d) =>
        (d.areaPcode?.startsWith('IQG15') ?? false) &&
        d.sex === 'female' &&
        d.populationGroup === 'idp' &&
        d.deliveredOn >= '2024-01-01',
    ],
  ];
  it.each(filters)('filtered by %s', async (_name, filter, keep) => {
    const subset = loaded.filter(keep);
    expect(subset.length).toBeGreaterThan(0);
    expect(subset.length).toBeLessThan(loaded.length);
    const by: Dimension[] = ['governorate', 'sex', 'ageBracket'];
    expect(await reachInSql(db.prisma, { filter: filter(), by, at: AT })).toEqual(
      keyedUniqueReach(subset, { by, at: AT }),
    );
  });

  it('returns the empty table of @crc/metrics when nothing matches', async () => {
    for (const by of [[], ['sex'], ['sex', 'ageBracket']] as Dimension[][]) {
      const sql = await reachInSql(db.prisma, { filter: { from: '2030-01-01' }, by, at: AT });
      expect(sql).toEqual(keyedUniqueReach([], { by, at: AT }));
    }
  });
});

describe('reachInSql in the database', () => {
  it('fetches groups, not deliveries: one row per cell and total', async () => {
    let rowsFetched = 0;
    const counting: RawQueryClient = {
      $queryRaw: (async (...args: Parameters<RawQueryClient['$queryRaw']>) => {
        const rows = await db.prisma.$queryRaw<object[]>(...args);
        // The groups; not the one row of the statement settings (reach-statement-settings.ts).
        rowsFetched += rows.filter((row) => 'grouping_mask' in row).length;
        return rows;
      }) as RawQueryClient['$queryRaw'],
    };
    const table = await reachInSql(counting, { by: ['sex', 'populationGroup'] });
    const cells = table.rows.length * table.columns.length;
    expect(rowsFetched).toBeLessThanOrEqual(cells + table.rows.length + table.columns.length + 1);
    expect(rowsFetched).toBeLessThan(dataset.deliveries / 10);
  });

  it('binds filter values as parameters: a quote in a value matches nothing and breaks nothing', async () => {
    const table = await reachInSql(db.prisma, { filter: { serviceType: "x' OR '1'='1" }, by: [] });
    expect(table.grandTotal).toBe(0);
  });

  it('refuses what @crc/metrics refuses, and malformed filters, naming the problem', async () => {
    const refusal = (message: RegExp, field: string, reason: string) =>
      expect.objectContaining({ name: 'FigureInputError', field, reason, message: expect.stringMatching(message) });
    await expect(reachInSql(db.prisma, { by: ['ageBracket'] })).rejects.toEqual(
      refusal(/needs `at`/, 'at', 'needs_at'),
    );
    await expect(reachInSql(db.prisma, { by: ['sex', 'sex'] })).rejects.toEqual(
      refusal(/given twice/, 'by', 'repeated_dimension'),
    );
    await expect(reachInSql(db.prisma, { by: ['colour' as Dimension] })).rejects.toEqual(
      refusal(/unknown dimension/, 'by', 'unknown_dimension'),
    );
    await expect(reachInSql(db.prisma, { filter: { centreId: 'CRC-1' }, by: [] })).rejects.toEqual(
      refusal(/filter.centreId must be a UUID/, 'filter.centreId', 'not_an_id'),
    );
    await expect(reachInSql(db.prisma, { filter: { from: '2024-02-30' }, by: [] })).rejects.toEqual(
      refusal(/filter.from/, 'filter.from', 'not_a_date'),
    );
    const gap = [
      { code: '0-9', label: '0-9', minAge: 0, maxAge: 9 },
      { code: '20+', label: '20+', minAge: 20, maxAge: null },
    ];
    await expect(reachInSql(db.prisma, { by: ['ageBracket'], at: AT, brackets: gap })).rejects.toEqual(
      refusal(/without gap/, 'brackets', 'age_brackets'),
    );
    await expect(reachInSql(db.prisma, { by: ['sex', 'sex'] })).rejects.toBeInstanceOf(FigureInputError);
  });

  it('counts people born after `at` under not_recorded instead of refusing: no answer depends on a hidden birth date', async () => {
    const at = '2000-01-01';
    const sql = await reachInSql(db.prisma, { by: ['ageBracket'], at });
    expect(loaded.some((d) => typeof d.dateOfBirth === 'string' && d.dateOfBirth > at)).toBe(true);
    expect(sql).toEqual(keyedUniqueReach(loaded, { by: ['ageBracket'], at }));
  });

  it('draws a record key for every person at INSERT: on the 2^-32 grid, in [0, 1), spread out', async () => {
    const keys = (await db.prisma.$queryRaw<{ record_key: number }[]>`SELECT record_key FROM beneficiary`).map(
      (row) => row.record_key,
    );
    expect(keys).toHaveLength(dataset.people);
    for (const key of keys) {
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(1);
      expect(Number.isInteger(key * RECORD_KEY_RESOLUTION)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
    const mean = keys.reduce((sum, key) => sum + key, 0) / keys.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.1);
    // Not part of what the client reads: no resolver can expose it by accident.
    const person = await db.prisma.beneficiary.findFirstOrThrow();
    expect(Object.keys(person)).not.toContain('recordKey');
  });
});

describe(`reachInSql cell keys, property-tested against @crc/metrics keyedUniqueReach (database: ${TEST_DATABASE_KIND})`, () => {
  const dimension = fc.constantFrom<Dimension>(
    'sex',
    'ageBracket',
    'populationGroup',
    'governorate',
    'district',
    'sector',
    'serviceType',
  );
  const months = fc
    .integer({ min: 0, max: 23 })
    .map((m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
  it('gives every cell and total the count and key of keyedUniqueReach, for any dimensions and period', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(dimension, { maxLength: 3 }), months, months, async (by, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const keep = (d: LoadedDelivery) => d.deliveredOn >= from && d.deliveredOn <= to;
        const sql = await reachInSql(db.prisma, { filter: { from, to }, by, at: AT });
        expect(sql).toEqual(keyedUniqueReach(loaded.filter(keep), { by, at: AT }));
      }),
      { numRuns: 25 },
    );
  });
});
