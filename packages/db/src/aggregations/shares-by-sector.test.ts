import { keyedUniqueReach, shares, shareUnits } from '@crc/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { DEFAULT_FUNDING_TRANSACTION_TYPES, sharesBySector } from './shares-by-sector';
import { insertSyntheticDataset, type SyntheticDataset } from './synthetic-reach-dataset';

let testDb: TestDatabase;
let db: Db;
let dataset: SyntheticDataset;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dataset = await insertSyntheticDataset(db.prisma);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** Exact sum of decimal strings with two places, through integer cents. */
function sumOfCents(amounts: readonly string[]): string {
  const cents = amounts.reduce((sum, amount) => sum + BigInt(amount.replace('.', '')), 0n);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** The funding rows loaded one by one and summed per sector in memory. */
async function fundingBySectorInMemory(
  programmeId: string | undefined,
  types: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.prisma.funding.findMany({ include: { project: true }, orderBy: { id: 'asc' } });
  const amounts = new Map<string, string[]>();
  for (const row of rows) {
    if (!types.includes(row.transactionType)) continue;
    if (programmeId !== undefined && row.programmeId !== programmeId && row.project?.programmeId !== programmeId)
      continue;
    const sector = row.project?.sector ?? 'not_recorded';
    amounts.set(sector, [...(amounts.get(sector) ?? []), row.amount.toFixed(2)]);
  }
  return new Map([...amounts].map(([sector, list]) => [sector, sumOfCents(list)]));
}

describe(`sharesBySector (database: ${TEST_DATABASE_KIND})`, () => {
  it.each([
    ['all programmes', () => undefined],
    ['one programme', () => dataset.programmeIds[0]],
  ])('funding, %s: exact decimal sums per sector and @crc/metrics shares', async (_name, programme) => {
    const programmeId = programme();
    const result = await sharesBySector(db.prisma, {
      measure: 'funding',
      ...(programmeId ? { programmeId } : {}),
      decimals: 1,
    });
    const expected = await fundingBySectorInMemory(programmeId, DEFAULT_FUNDING_TRANSACTION_TYPES);
    expect(result.rows.length).toBeGreaterThan(1);
    expect(Object.fromEntries(result.rows.map((row) => [row.sector, row.value]))).toEqual(Object.fromEntries(expected));
    expect(result.rows.map((row) => row.share)).toEqual(
      shares(
        result.rows.map((row) => row.value),
        { decimals: 1 },
      ),
    );
    expect(
      shareUnits(
        result.rows.map((row) => row.value),
        { decimals: 1 },
      ).reduce((a, b) => a + b, 0),
    ).toBe(1000);
    expect(result.total).toBe(sumOfCents(result.rows.map((row) => row.value)));
    expect(result.currency).toBe('USD');
  });

  it('lists sectors in vocabulary order, funding without a project last as not_recorded', async () => {
    const result = await sharesBySector(db.prisma, {
      measure: 'funding',
      transactionTypes: ['disbursement', 'expenditure'],
    });
    expect(result.rows.map((row) => row.sector)).toEqual([
      'education',
      'health',
      'employment',
      'conflict_prevention',
      'not_recorded',
    ]);
    const expected = await fundingBySectorInMemory(undefined, ['disbursement', 'expenditure']);
    expect(result.rows.map((row) => row.value)).toEqual(result.rows.map((row) => expected.get(row.sector)));
  });

  it('beneficiaries: distinct people per sector with their cell keys, as keyedUniqueReach by sector, with shares adding to 100', async () => {
    const programmeId = dataset.programmeIds[0]!;
    const result = await sharesBySector(db.prisma, { measure: 'beneficiaries', programmeId, decimals: 2 });
    const rows = await db.prisma.serviceDelivery.findMany({
      where: { project: { programmeId } },
      include: { project: true },
    });
    const keys = new Map(
      (
        await db.prisma.$queryRaw<{ id: string; record_key: number }[]>`SELECT id::text, record_key FROM beneficiary`
      ).map((row) => [row.id, row.record_key]),
    );
    const reach = keyedUniqueReach(
      rows.map((row) => ({
        beneficiaryId: row.beneficiaryId,
        recordKey: keys.get(row.beneficiaryId)!,
        sector: row.project!.sector as 'education',
      })),
      { by: ['sector'] },
    );
    expect(result.rows.map((row) => [row.sector, row.value, row.cellKey])).toEqual(
      reach.rows.map(([sector], i) => [sector, reach.cells[i]![0], reach.cellKeys[i]![0]]),
    );
    expect(result.total).toBe(reach.grandTotal);
    expect(result.totalCellKey).toBe(reach.grandTotalKey);
    expect(result.rows.map((row) => row.share)).toEqual(
      shares(
        result.rows.map((row) => row.value),
        { decimals: 2 },
      ),
    );
    expect(Math.round(result.rows.reduce((sum, row) => sum + row.share * 100, 0))).toBe(10_000);
  });

  it('refuses to add amounts in different currencies, and counts one currency when asked', async () => {
    const donor = await db.prisma.organisation.findFirstOrThrow();
    await db.prisma.funding.create({
      data: {
        projectId: dataset.projectIds[0]!,
        donorOrganisationId: donor.id,
        amount: '1000.00',
        currency: 'EUR',
        transactionType: 'incoming_commitment',
        transactionDate: new Date('2023-05-01'),
      },
    });
    await expect(sharesBySector(db.prisma, { measure: 'funding' })).rejects.toThrow(
      expect.objectContaining({ field: 'currency', message: expect.stringMatching(/EUR, USD/) }),
    );
    const euros = await sharesBySector(db.prisma, { measure: 'funding', currency: 'EUR' });
    expect(euros.rows).toEqual([{ sector: 'education', value: '1000.00', share: 100 }]);
    expect(euros.currency).toBe('EUR');
  });

  it('has no shares when nothing is counted', async () => {
    const result = await sharesBySector(db.prisma, { measure: 'beneficiaries', from: '2030-01-01' });
    expect(result).toEqual({ measure: 'beneficiaries', decimals: 0, rows: [], total: 0, totalCellKey: 0 });
  });
});
