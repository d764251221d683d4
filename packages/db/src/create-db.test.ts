import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db';
import { Prisma } from './generated/prisma/client';
import { loadReferenceData } from './reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from './testing/test-database';

describe(`createDb (database: ${TEST_DATABASE_KIND})`, () => {
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

  it('opens the kind of database the environment asks for, migrated', async () => {
    expect(db.kind).toBe(TEST_DATABASE_KIND);
    expect(db.migrations.applied.length + db.migrations.alreadyApplied.length).toBeGreaterThan(0);
  });

  const figure = (overrides: Partial<Prisma.DisplacementFigureUncheckedCreateInput> = {}) => ({
    areaPcode: 'IQG10Q05',
    level: 'district' as const,
    round: 125,
    reportingDate: new Date('2022-03-31'),
    populationGroup: 'returnee',
    individuals: 220_000,
    households: 36_000,
    source: 'dtm_master_list',
    ...overrides,
  });

  it('rejects a duplicate displacement figure by its natural key, also for area-level figures', async () => {
    await db.prisma.displacementFigure.create({ data: figure() });
    const duplicate = db.prisma.displacementFigure.create({ data: figure({ individuals: 1 }) });
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
    // A location inside the same area is a different figure.
    await db.prisma.displacementFigure.create({
      data: figure({ locationCode: 'L-1', locationKey: 'L-1', locationName: 'Jalawla' }),
    });
    expect(await db.prisma.displacementFigure.count()).toBe(2);
  });

  it('lets an importer upsert on the natural key', async () => {
    const key = {
      source: 'dtm_master_list',
      areaPcode: 'IQG10Q05',
      locationKey: '',
      round: 125,
      reportingDate: new Date('2022-03-31'),
      populationGroup: 'returnee',
      origin: '',
      displacementReason: '',
      shelterType: '',
    };
    const updated = await db.prisma.displacementFigure.upsert({
      where: { naturalKey: key },
      create: figure(),
      update: { individuals: 221_000 },
    });
    expect(updated.individuals).toBe(221_000);
    expect(await db.prisma.displacementFigure.count({ where: { locationKey: '' } })).toBe(1);
  });

  it('round-trips money exactly as Decimal(18,2)', async () => {
    const donor = await db.prisma.organisation.create({
      data: { name: 'European Union', acronym: 'EU', type: 'multilateral' },
    });
    const created = await db.prisma.funding.create({
      data: {
        donorOrganisationId: donor.id,
        amount: new Prisma.Decimal('12345678901234.56'),
        currency: 'EUR',
        transactionType: 'incoming_commitment',
        transactionDate: new Date('2018-01-15'),
      },
    });
    const read = await db.prisma.funding.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.amount.toFixed(2)).toBe('12345678901234.56');
    const [sum] = await db.prisma.$queryRaw<{ total: string }[]>`SELECT sum(amount)::text AS total FROM funding`;
    expect(sum?.total).toBe('12345678901234.56');
  });

  it('leaves nothing behind when an interactive transaction throws', async () => {
    const before = await db.prisma.organisation.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.organisation.create({ data: { name: 'Half written', type: 'international_ngo' } });
        throw new Error('validation failed after the first write');
      }),
    ).rejects.toThrow('validation failed');
    expect(await db.prisma.organisation.count()).toBe(before);
  });

  it('answers relation queries across centres, partners, beneficiaries and referrals', async () => {
    const iom = await db.prisma.organisation.create({
      data: {
        name: 'International Organization for Migration',
        acronym: 'IOM',
        type: 'multilateral',
        iatiRef: 'XM-DAC-47066',
      },
    });
    const centre = await db.prisma.centre.create({
      data: {
        code: 'CRC-JALAWLA',
        name: 'Jalawla Community Resource Centre',
        kind: 'community_resource_centre',
        areaPcode: 'IQG10Q05',
        openingDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'],
        opensAt: '08:00',
        closesAt: '15:00',
        partners: { create: [{ organisationId: iom.id, role: 'implementing' }] },
        services: { create: [{ serviceType: 'legal_counselling' }, { serviceType: 'vocational_training' }] },
        beneficiaries: {
          create: [
            {
              givenName: 'Amal',
              familyName: 'Hassan',
              nameKey: 'امل حسن',
              dateOfBirth: new Date('1990-05-01'),
              sex: 'female',
              populationGroup: 'returnee',
              householdSize: 5,
              registeredOn: new Date('2018-02-01'),
              areaOfResidencePcode: 'IQG10Q05',
            },
          ],
        },
      },
    });
    const [beneficiary] = await db.prisma.beneficiary.findMany({ where: { registrationCentreId: centre.id } });
    await db.prisma.referral.create({
      data: {
        beneficiaryId: beneficiary!.id,
        fromCentreId: centre.id,
        toOrganisationId: iom.id,
        serviceType: 'referral_protection',
        status: 'requested',
        referredOn: new Date('2018-02-03'),
        statusChanges: {
          create: [
            { toStatus: 'draft', changedBy: 'system' },
            { fromStatus: 'draft', toStatus: 'requested', changedBy: 'system' },
          ],
        },
      },
    });

    const loaded = await db.prisma.centre.findUniqueOrThrow({
      where: { code: 'CRC-JALAWLA' },
      include: {
        area: { include: { parent: true } },
        partners: { include: { organisation: true } },
        services: { orderBy: { serviceType: 'asc' } },
        beneficiaries: { include: { referrals: { include: { statusChanges: true } } } },
      },
    });
    expect(loaded.area.parent?.nameEn).toBe('Diyala');
    expect(loaded.openingDays).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
    expect(loaded.partners.map((partner) => partner.organisation.acronym)).toEqual(['IOM']);
    expect(loaded.services.map((service) => service.serviceType)).toEqual(['legal_counselling', 'vocational_training']);
    expect(loaded.beneficiaries[0]?.dateOfBirth?.toISOString().slice(0, 10)).toBe('1990-05-01');
    expect(loaded.beneficiaries[0]?.referrals[0]?.statusChanges).toHaveLength(2);

    const inDiyala = await db.prisma.beneficiary.count({ where: { area: { parentPcode: 'IQG10' } } });
    expect(inDiyala).toBe(1);
  });
});
