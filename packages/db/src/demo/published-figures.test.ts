import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { Prisma } from '../generated/prisma/client';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { loadDemoData } from './load-demo-data';

// The figures below are typed in from the documents, not imported from the data
// module, so a slip in either one fails the test.
const Q1_2018 = { periodStart: new Date('2018-01-01T00:00:00Z'), periodEnd: new Date('2018-03-31T00:00:00Z') };

describe(`published figures in the demo data (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    // A small generated population: the published figures must not depend on it.
    await loadDemoData(db.prisma, { beneficiaries: 30, centres: 3, seed: 99 });
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  const indicatorValue = async (code: string) => {
    const value = await db.prisma.indicatorValue.findFirstOrThrow({ where: { indicator: { code } } });
    return {
      value: value.value.toString(),
      periodStart: value.periodStart,
      periodEnd: value.periodEnd,
      source: value.source,
    };
  };

  it('names IOM, the EU and the five CRP VI donors', async () => {
    const iom = await db.prisma.organisation.findFirstOrThrow({ where: { acronym: 'IOM' } });
    expect(iom).toMatchObject({
      name: 'International Organization for Migration',
      iatiRef: 'XM-DAC-47066',
      illustrative: false,
    });
    const names = (
      await db.prisma.organisation.findMany({ where: { illustrative: false }, select: { name: true } })
    ).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'European Union',
        'Joint Coordination and Monitoring Centre',
        'United States of America',
        'Canada',
        'Germany',
        'Sweden',
        'Japan',
      ]),
    );
  });

  it('places the six centres by p-code, open Sunday to Thursday, with services and partners', async () => {
    const centres = await db.prisma.centre.findMany({
      where: { illustrative: false },
      include: { services: true, partners: { include: { organisation: true } } },
      orderBy: { code: 'asc' },
    });
    expect(centres.map((c) => [c.code, c.kind, c.areaPcode])).toEqual([
      ['CC-BAGHDAD', 'community_centre', 'IQG08'],
      ['CC-DIYALA', 'community_centre', 'IQG10'],
      ['CC-KIRKUK', 'community_centre', 'IQG13'],
      ['CC-NINEWA', 'community_centre', 'IQG15'],
      ['CRC-BAIJI', 'community_resource_centre', 'IQG16Q03'], // Baiji district, Salah al-Din
      ['CRC-JALAWLA', 'community_resource_centre', 'IQG10Q05N04'], // Jalawla sub-district, Khanaqin, Diyala
    ]);
    for (const centre of centres) {
      expect(centre.openingDays).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
      expect(centre.partners.some((p) => p.organisation.acronym === 'IOM' && p.role === 'implementing')).toBe(true);
      expect(centre.partners.some((p) => p.organisation.acronym === 'EU' && p.role === 'funding')).toBe(true);
    }
    const jalawla = centres.find((c) => c.code === 'CRC-JALAWLA');
    expect(jalawla?.openedOn?.toISOString().slice(0, 10)).toBe('2019-09-19');
    expect(jalawla?.services.map((s) => s.serviceType)).toEqual(
      expect.arrayContaining([
        'legal_counselling',
        'housing_land_property_counselling',
        'referral_protection',
        'referral_mhpss',
      ]),
    );
    const kirkuk = centres.find((c) => c.code === 'CC-KIRKUK');
    expect(kirkuk?.services.map((s) => s.serviceType)).toEqual(
      expect.arrayContaining(['peacebuilding', 'mediation', 'childcare']),
    );
  });

  it('records the CRP VI donor contributions, adding up to USD 23.75 million', async () => {
    const funding = await db.prisma.funding.findMany({
      where: { programme: { code: 'CRP-VI' } },
      include: { donorOrganisation: true },
    });
    const byDonor = Object.fromEntries(funding.map((f) => [f.donorOrganisation.name, f.amount.toFixed(2)]));
    expect(byDonor).toEqual({
      'United States of America': '19300000.00',
      Canada: '1380000.00',
      Germany: '690000.00',
      Sweden: '900000.00',
      Japan: '1480000.00',
    });
    expect(funding.every((f) => f.currency === 'USD')).toBe(true);
    const total = await db.prisma.funding.aggregate({
      where: { programme: { code: 'CRP-VI' } },
      _sum: { amount: true },
    });
    expect(total._sum.amount?.equals(new Prisma.Decimal('23750000'))).toBe(true);
  });

  it('holds the snapshot figures exactly, for Q1 2018, with their source', async () => {
    const expected: Record<string, string> = {
      'CRP6-HC-VOCATIONAL-TRAINING': '168',
      'CRP6-HC-ON-THE-JOB-TRAINING': '148',
      'CRP6-HC-BUSINESS-DEVELOPMENT': '271',
      'CRP6-LE-BUSINESS-SUPPORT-PACKAGES': '257',
      'CRP6-LE-BUSINESS-ENHANCEMENT-PACKAGES': '67',
      'CRP6-LE-CASH-FOR-WORK': '41',
      'CRP6-ME-TARGETED-POPULATION': '184492',
      'CRP6-ME-TARGETED-WOMEN-SHARE': '54',
      'CRP6-ME-CAPS-EVALUATED': '50',
      'CRP6-GG-AUTHORITIES': '58',
      'CRP6-SC-ATTENDEES-LAW-ENFORCEMENT': '138',
      'CRP6-BS-ACCESS-CENTRE-VISITS': '6192',
      'CRP6-PROJECTS-QUICK_IMPACT_PROJECT': '55',
      'CRP6-PROJECTS-COMMUNITY_SERVICE_PROJECT': '7',
    };
    for (const [code, value] of Object.entries(expected)) {
      const stored = await indicatorValue(code);
      expect({ code, value: stored.value }).toEqual({ code, value });
      expect(stored).toMatchObject(Q1_2018);
      expect(stored.source).toMatch(/CRP VI/);
    }
  });

  it('has as many CRP VI projects of each type as published, and per sector the evaluated CAPs add up to the published beneficiaries', async () => {
    const byType = await db.prisma.project.groupBy({
      by: ['type'],
      where: { programme: { code: 'CRP-VI' } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(byType.map((row) => [row.type, row._count._all]))).toEqual({
      community_assistance_project: 50,
      quick_impact_project: 55,
      community_service_project: 7,
    });
    const caps = await db.prisma.project.groupBy({
      by: ['sector'],
      where: { type: 'community_assistance_project' },
      _count: { _all: true },
      _sum: { targetIndividuals: true },
    });
    const bySector = Object.fromEntries(caps.map((row) => [row.sector, [row._count._all, row._sum.targetIndividuals]]));
    expect(bySector).toEqual({
      reconstruction: [5, 79_002],
      education: [9, 25_639],
      health: [19, 19_725],
      recreation: [7, 19_686],
      water_and_sanitation: [8, 19_565],
      energy: [2, 18_235],
    });
    expect(await db.prisma.project.count({ where: { illustrative: false } })).toBe(0);
  });

  it('has as many Q1 2018 assessment events of each kind as published, named ones included', async () => {
    const events = await db.prisma.engagementEvent.groupBy({
      by: ['type'],
      where: { centreId: null, heldOn: { gte: Q1_2018.periodStart, lte: Q1_2018.periodEnd } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(events.map((row) => [row.type, row._count._all]))).toEqual({
      mapping: 11,
      key_informant_interview: 11,
      town_hall: 10,
      survey: 10,
      workshop: 10,
      meeting: 45,
      focus_group_discussion: 1,
    });
    const arabJasim = await db.prisma.engagementEvent.findFirstOrThrow({
      where: { title: { contains: 'Arab Jasim' } },
    });
    expect(arabJasim).toMatchObject({
      participantsFemale: 28,
      participantsMale: 45,
      areaPcode: 'IQG08Q05N04',
      illustrative: false,
    });
  });

  it('holds the Q1 2018 M&E evaluation of 50 CAPs with its figures and source, and flags generated feedback illustrative', async () => {
    const evaluation = await db.prisma.evaluation.findUniqueOrThrow({
      where: { code: 'CRP-VI-ME-2018-Q1' },
      include: { findings: { orderBy: { position: 'asc' } }, programme: { select: { code: true } } },
    });
    expect(evaluation).toMatchObject({
      projectsEvaluated: 50,
      methods: ['focus_group_discussion', 'key_informant_interview'],
      targetedIndividuals: 184492,
      respondentsFemale: null,
      illustrative: false,
      programme: { code: 'CRP-VI' },
    });
    expect([
      evaluation.beneficiaryShareFemalePercent?.toString(),
      evaluation.beneficiaryShareMalePercent?.toString(),
    ]).toEqual(['54', '46']);
    expect(evaluation.findings.map((f) => [f.aspect, f.comparator, f.change.toString(), f.unit])).toEqual([
      ['service_quality', 'more_than', '78', 'percent'],
      ['access_to_facilities', 'exactly', '76', 'percent'],
    ]);
    expect(evaluation.source).toContain('first quarter 2018 (CRP VI)');
    const entries = await db.prisma.feedbackEntry.findMany({
      select: { illustrative: true, sensitivity: true, category: true },
    });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.illustrative)).toBe(true);
  });
});
