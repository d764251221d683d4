import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { loadDemoData, type DemoDataCounts } from './load-demo-data';

const OPTIONS = { centres: 8, beneficiaries: 120, deliveriesPerBeneficiary: 3, seed: 7, chunkSize: 50 } as const;

/** Every table's rows, without the timestamps the database sets on insert. */
async function snapshot(db: Db) {
  const p = db.prisma;
  const omit = { createdAt: true, updatedAt: true } as const;
  return {
    organisations: await p.organisation.findMany({ orderBy: { id: 'asc' }, omit }),
    programmes: await p.programme.findMany({ orderBy: { id: 'asc' }, omit }),
    centres: await p.centre.findMany({ orderBy: { id: 'asc' }, omit }),
    centreServices: await p.centreService.findMany({ orderBy: [{ centreId: 'asc' }, { serviceType: 'asc' }] }),
    centrePartners: await p.centrePartner.findMany({
      orderBy: [{ centreId: 'asc' }, { organisationId: 'asc' }, { role: 'asc' }],
    }),
    funding: await p.funding.findMany({ orderBy: { id: 'asc' }, omit }),
    indicators: await p.indicator.findMany({ orderBy: { id: 'asc' }, omit }),
    indicatorValues: await p.indicatorValue.findMany({ orderBy: { id: 'asc' } }),
    projects: await p.project.findMany({ orderBy: { id: 'asc' }, omit }),
    projectDonors: await p.projectDonor.findMany({ orderBy: [{ projectId: 'asc' }, { organisationId: 'asc' }] }),
    events: await p.engagementEvent.findMany({ orderBy: { id: 'asc' }, omit }),
    beneficiaries: await p.beneficiary.findMany({ orderBy: { id: 'asc' }, omit }),
    deliveries: await p.serviceDelivery.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
    referrals: await p.referral.findMany({ orderBy: { id: 'asc' }, omit }),
    statusChanges: await p.referralStatusChange.findMany({ orderBy: { id: 'asc' } }),
    feedbackEntries: await p.feedbackEntry.findMany({ orderBy: { id: 'asc' }, omit }),
    feedbackStatusChanges: await p.feedbackStatusChange.findMany({ orderBy: { id: 'asc' } }),
    evaluations: await p.evaluation.findMany({
      select: { code: true, findings: { select: { aspect: true, change: true }, orderBy: { position: 'asc' } } },
    }),
  };
}

function written(counts: DemoDataCounts): number {
  return Object.values(counts).reduce((sum, table) => sum + table.inserted + table.updated, 0);
}

describe(`loadDemoData (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;
  let first: DemoDataCounts;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    first = await loadDemoData(db.prisma, OPTIONS);
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('loads the requested scale on an empty database', async () => {
    expect(first.centres.inserted).toBe(OPTIONS.centres);
    expect(first.beneficiaries.inserted).toBe(OPTIONS.beneficiaries);
    expect(await db.prisma.beneficiary.count()).toBe(OPTIONS.beneficiaries);
    const deliveries = await db.prisma.serviceDelivery.count();
    expect(deliveries).toBe(first.serviceDeliveries.inserted);
    // Several deliveries per person on average (plus one per referral made).
    expect(deliveries / OPTIONS.beneficiaries).toBeGreaterThan(2.5);
    expect(deliveries / OPTIONS.beneficiaries).toBeLessThan(3.8);
    expect(await db.prisma.referral.count()).toBeGreaterThan(0);
  });

  it('stores each generated person’s mother’s name', async () => {
    expect(await db.prisma.beneficiary.count({ where: { motherName: null } })).toBe(0);
  });

  it('changes nothing when run a second time with the same options', async () => {
    const before = await snapshot(db);
    const second = await loadDemoData(db.prisma, OPTIONS);
    expect(written(second)).toBe(0);
    expect(second.beneficiaries.unchanged).toBe(OPTIONS.beneficiaries);
    expect(second.serviceDeliveries.unchanged).toBe(first.serviceDeliveries.inserted);
    expect(await snapshot(db)).toEqual(before);
  }, 240_000);

  it('puts a published row that was edited back, and only that one', async () => {
    await db.prisma.centre.update({ where: { code: 'CRC-JALAWLA' }, data: { name: 'Edited' } });
    const again = await loadDemoData(db.prisma, OPTIONS);
    expect(again.centres).toEqual({ inserted: 0, updated: 1, unchanged: OPTIONS.centres - 1 });
    expect(written(again)).toBe(1);
    expect((await db.prisma.centre.findUniqueOrThrow({ where: { code: 'CRC-JALAWLA' } })).name).toBe(
      'Jalawla Community Resource Centre',
    );
  }, 240_000);

  it('flags every generated person, delivery and referral as illustrative, and no published centre', async () => {
    expect(await db.prisma.beneficiary.count({ where: { illustrative: false } })).toBe(0);
    expect(await db.prisma.serviceDelivery.count({ where: { illustrative: false } })).toBe(0);
    expect(await db.prisma.referral.count({ where: { illustrative: false } })).toBe(0);
    const centres = await db.prisma.centre.findMany({
      select: { code: true, illustrative: true },
      orderBy: { code: 'asc' },
    });
    expect(centres.filter((centre) => !centre.illustrative).map((centre) => centre.code)).toEqual([
      'CC-BAGHDAD',
      'CC-DIYALA',
      'CC-KIRKUK',
      'CC-NINEWA',
      'CRC-BAIJI',
      'CRC-JALAWLA',
    ]);
    expect(centres.filter((centre) => centre.illustrative)).toHaveLength(OPTIONS.centres - 6);
  });

  it('gives the same data for the same seed on another database', async () => {
    const otherDb = await createTestDatabase();
    const other = await otherDb.open();
    try {
      await loadDemoData(other.prisma, OPTIONS);
      // The edit above was repaired, so both databases must now hold identical rows.
      expect(await snapshot(other)).toEqual(await snapshot(db));
    } finally {
      await other.close();
      await otherDb.drop();
    }
  }, 240_000);
});
