import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { reachInSql } from '../aggregations/reach-in-sql';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { createReferral } from './create-referral';
import { recordConsent } from './record-consent';
import { recordDisability } from './record-disability';
import { recordServiceDelivery } from './record-service-delivery';
import { withdrawConsent } from './withdraw-consent';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

async function registeredWithConsent(purposes: string[]): Promise<string> {
  const row = await db.prisma.beneficiary.create({
    data: {
      registrationCentreId: world.jalawla,
      givenName: 'Rana',
      familyName: 'Test',
      nameKey: 'rana test',
      sex: 'female',
      populationGroup: 'idp',
      registeredOn: new Date('2018-01-10T00:00:00Z'),
      consentGivenOn: new Date('2018-01-10T00:00:00Z'),
      consentPurposes: purposes,
      consentRecordedHow: 'signed form',
    },
  });
  return row.id;
}

const referralTo = (beneficiaryId: string, organisationId: string) => ({
  beneficiaryId,
  fromCentreId: world.jalawla,
  toOrganisationId: organisationId,
  serviceType: 'legal_counselling' as const,
  reason: 'Needs a lawyer for a housing claim',
  referredOn: '2018-02-01',
});

describe(`consent as data (${TEST_DATABASE_KIND})`, () => {
  it('refuses a referral to a partner without consent to sharing, and allows it once consent is recorded', async () => {
    const id = await registeredWithConsent(['data_processing']);
    const staff = staffOf(world.jalawla);
    expect(await createReferral(db.prisma, staff, referralTo(id, world.iom))).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [{ field: 'beneficiaryId', reason: 'consent_withdrawn' }],
    });
    const consent = await recordConsent(db.prisma, staff, {
      beneficiaryId: id,
      givenOn: '2018-02-01',
      purposes: ['sharing_with_partners'],
      recordedHow: 'verbal, witnessed',
    });
    expect(consent).toMatchObject({
      ok: true,
      value: { consentPurposes: ['data_processing', 'sharing_with_partners'], consentRecordedHow: 'verbal, witnessed' },
    });
    expect((await createReferral(db.prisma, staff, referralTo(id, world.iom))).ok).toBe(true);
  });

  it('withdrawal stops the uses withdrawn: sharing, then (data processing) every new record', async () => {
    const id = await registeredWithConsent(['data_processing', 'sharing_with_partners', 'contact']);
    const staff = staffOf(world.jalawla);
    const withdrawn = await withdrawConsent(db.prisma, staff, {
      beneficiaryId: id,
      withdrawnOn: '2018-03-01',
      purposes: ['sharing_with_partners'],
    });
    expect(withdrawn).toMatchObject({ ok: true, value: { consentPurposesWithdrawn: ['sharing_with_partners'] } });
    expect(await createReferral(db.prisma, staff, referralTo(id, world.iom))).toMatchObject({
      ok: false,
      errors: [{ reason: 'consent_withdrawn' }],
    });
    const delivery = {
      beneficiaryId: id,
      centreId: world.jalawla,
      serviceType: 'legal_counselling' as const,
      deliveredOn: '2018-03-02',
    };
    expect((await recordServiceDelivery(db.prisma, staff, delivery)).ok).toBe(true);

    await withdrawConsent(db.prisma, staff, {
      beneficiaryId: id,
      withdrawnOn: '2018-03-05',
      purposes: ['data_processing'],
    });
    expect(await recordServiceDelivery(db.prisma, staff, { ...delivery, deliveredOn: '2018-03-06' })).toMatchObject({
      ok: false,
      errors: [{ field: 'beneficiaryId', reason: 'consent_withdrawn' }],
    });
    const stored = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id } });
    expect(stored.consentWithdrawnOn?.toISOString().slice(0, 10)).toBe('2018-03-05');

    // Given anew: the purpose leaves the withdrawn list.
    const again = await recordConsent(db.prisma, staff, {
      beneficiaryId: id,
      givenOn: '2018-04-01',
      purposes: ['data_processing'],
      recordedHow: 'signed form',
    });
    expect(again).toMatchObject({ ok: true, value: { consentPurposesWithdrawn: ['sharing_with_partners'] } });
  });

  it('audits consent changes with codes and dates, and refuses unknown purposes and other centres’ people', async () => {
    const id = await registeredWithConsent(['data_processing']);
    await withdrawConsent(db.prisma, ADMIN, { beneficiaryId: id, withdrawnOn: '2018-03-01', purposes: ['contact'] });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'withdraw_consent' } });
    expect(audit.fields).toEqual(['consentPurposesWithdrawn', 'consentWithdrawnOn']);
    expect(JSON.stringify(audit)).not.toContain('Rana');
    expect(
      await withdrawConsent(db.prisma, ADMIN, {
        beneficiaryId: id,
        withdrawnOn: '2018-03-01',
        purposes: ['marketing'],
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'purposes.0', reason: 'invalid_value' }],
    });
    expect(
      await recordConsent(db.prisma, staffOf(world.kirkuk), {
        beneficiaryId: id,
        givenOn: '2018-03-01',
        purposes: ['contact'],
        recordedHow: 'form',
      }),
    ).toMatchObject({
      ok: false,
      kind: 'not_found',
      field: 'beneficiaryId',
    });
  });
});

describe(`figures and consent (${TEST_DATABASE_KIND})`, () => {
  it('leaves a person who withdrew consent to data processing out of every reach figure, and keeps one who withdrew only sharing', async () => {
    const [kept, leaving] = [
      await registeredWithConsent(['data_processing', 'sharing_with_partners']),
      await registeredWithConsent(['data_processing']),
    ];
    for (const beneficiaryId of [kept, leaving]) {
      await db.prisma.serviceDelivery.create({
        data: {
          beneficiaryId,
          centreId: world.jalawla,
          serviceType: 'legal_counselling',
          deliveredOn: new Date('2019-05-01T00:00:00Z'),
        },
      });
    }
    const may2019 = () =>
      reachInSql(db.prisma, { by: ['sex'], filter: { from: '2019-05-01', to: '2019-05-31' } }).then(
        (table) => table.grandTotal,
      );
    expect(await may2019()).toBe(2);
    await withdrawConsent(db.prisma, ADMIN, {
      beneficiaryId: kept,
      withdrawnOn: '2019-06-01',
      purposes: ['sharing_with_partners'],
    });
    expect(await may2019()).toBe(2);
    await withdrawConsent(db.prisma, ADMIN, {
      beneficiaryId: leaving,
      withdrawnOn: '2019-06-01',
      purposes: ['data_processing'],
    });
    expect(await may2019()).toBe(1);
  });
});

describe(`Washington Group answers (${TEST_DATABASE_KIND})`, () => {
  it('stores the six answers and the day asked; the audit names the columns but not the answers', async () => {
    const id = await registeredWithConsent(['data_processing']);
    const result = await recordDisability(db.prisma, staffOf(world.jalawla), {
      beneficiaryId: id,
      askedOn: '2018-02-01',
      answers: {
        seeing: 'no_difficulty',
        hearing: 'no_difficulty',
        walking: 'a_lot_of_difficulty',
        cognition: 'no_difficulty',
        self_care: 'some_difficulty',
        communication: 'no_difficulty',
      },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { disabilityWalking: 'a_lot_of_difficulty', disabilitySelfCare: 'some_difficulty' },
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'record_disability' } });
    expect(audit.fields).toContain('disabilityWalking');
    expect(JSON.stringify(audit.after)).not.toContain('a_lot_of_difficulty');
    expect(
      await recordDisability(db.prisma, ADMIN, {
        beneficiaryId: id,
        askedOn: '2018-02-01',
        answers: { walking: 'sometimes' as never },
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'answers.walking' }],
    });
    expect(
      await recordDisability(db.prisma, ADMIN, { beneficiaryId: id, askedOn: '2018-02-01', answers: {} }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'answers' }],
    });
  });
});
