import {
  BENEFICIARY_EXAMPLE,
  BENEFICIARY_PERSONAL_FIELDS,
  beneficiaryField,
  REFERRAL_PERSONAL_FIELDS,
} from '@crc/domain';
import { publish } from '@crc/metrics';
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { reachInSql } from '../aggregations/reach-in-sql';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { birthMonthOf, erasePerson } from './erase-person';
import { registerBeneficiary } from './register-beneficiary';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const NAME = 'Zubaidaerasetest';
const FAMILY = 'Qasimerasetest';
const PHONE = '07701234567';
const BIRTH = '1990-06-17';

/** Tables (public schema) whose rows, read as text, contain `needle`. */
async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const found: string[] = [];
  for (const { name } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${name}" t WHERE t::text ILIKE $1`,
      `%${needle}%`,
    );
    if ((rows[0]?.n ?? 0) > 0) found.push(name);
  }
  return found;
}

/** A person with their name, phone and birth date written everywhere a name can end up. */
async function personNamedEverywhere(): Promise<string> {
  const person = await db.prisma.beneficiary.create({
    data: {
      registrationCentreId: world.jalawla,
      areaOfResidencePcode: 'IQG10Q05',
      givenName: NAME,
      fatherName: 'Hamid',
      familyName: FAMILY,
      nameKey: `${NAME.toLowerCase()} ${FAMILY.toLowerCase()}`,
      phone: PHONE,
      dateOfBirth: new Date(`${BIRTH}T00:00:00Z`),
      sex: 'female',
      populationGroup: 'returnee',
      registeredOn: new Date('2018-01-10T00:00:00Z'),
      consentGivenOn: new Date('2018-01-10T00:00:00Z'),
      consentPurposes: ['data_processing'],
      consentRecordedHow: `verbal, witnessed by her brother ${FAMILY}`,
    },
  });
  for (const deliveredOn of ['2018-02-01', '2018-03-15']) {
    await db.prisma.serviceDelivery.create({
      data: {
        beneficiaryId: person.id,
        centreId: world.jalawla,
        serviceType: 'legal_counselling',
        deliveredOn: new Date(`${deliveredOn}T00:00:00Z`),
        notes: `${NAME} asked about her house`,
      },
    });
  }
  await db.prisma.referral.create({
    data: {
      beneficiaryId: person.id,
      fromCentreId: world.jalawla,
      toOrganisationId: world.iom,
      serviceType: 'legal_counselling',
      status: 'requested',
      reason: `${NAME} ${FAMILY} needs a lawyer`,
      referredOn: new Date('2018-02-02T00:00:00Z'),
      statusChanges: { create: { toStatus: 'requested', changedBy: 'api-key:x', note: `called ${PHONE}` } },
    },
  });
  await db.prisma.feedbackEntry.create({
    data: {
      channel: 'hotline',
      category: 'information_request',
      sensitivity: 'standard',
      language: 'ar',
      status: 'received',
      summary: `${NAME} asks when the centre opens`,
      receivedOn: new Date('2018-02-03T00:00:00Z'),
      responseDueOn: new Date('2018-02-10T00:00:00Z'),
      centreId: world.jalawla,
      beneficiaryId: person.id,
      consentToReply: true,
      contactName: NAME,
      contactPhone: PHONE,
      statusChanges: {
        create: {
          action: 'respond',
          toStatus: 'responded',
          changedOn: new Date('2018-02-04T00:00:00Z'),
          changedBy: 'api-key:x',
          response: `Told ${NAME} the hours`,
        },
      },
    },
  });
  // An audit row as the gateway wrote them before the audit log stopped keeping personal values.
  await db.prisma.auditLog.create({
    data: {
      actor: 'api-key:old',
      action: 'create',
      entity: 'Beneficiary',
      entityId: person.id,
      after: { givenName: NAME, familyName: FAMILY, phone: PHONE, dateOfBirth: BIRTH, sex: 'female' },
    },
  });
  return person.id;
}

describe(`erasePerson (${TEST_DATABASE_KIND})`, () => {
  it('clears name, phone and birth date from every table, keeps the reach figures exactly, and is idempotent', async () => {
    const id = await personNamedEverywhere();
    await db.prisma.serviceDelivery.create({
      data: {
        beneficiaryId: world.jalawlaPerson,
        centreId: world.jalawla,
        serviceType: 'legal_counselling',
        deliveredOn: new Date('2018-02-05T00:00:00Z'),
      },
    });
    for (const needle of [NAME, FAMILY, PHONE, BIRTH]) expect(await tablesContaining(needle), needle).not.toEqual([]);
    const figures = async () => ({
      bySexAndAge: await reachInSql(db.prisma, { by: ['sex', 'ageBracket'], at: '2018-06-30' }),
      byArea: await reachInSql(db.prisma, { by: ['area', 'populationGroup'], areaLevel: 'district' }),
      atYearEnd: await reachInSql(db.prisma, { by: ['ageBracket'], at: '2018-12-31' }),
    });
    const before = await figures();

    const result = await erasePerson(db.prisma, ADMIN, { beneficiaryId: id });
    expect(result).toMatchObject({ ok: true, value: { beneficiaryId: id, alreadyErased: false } });

    for (const needle of [NAME, FAMILY, PHONE, BIRTH]) expect(await tablesContaining(needle), needle).toEqual([]);
    const after = await figures();
    expect(after).toEqual(before);
    expect(publish(after.bySexAndAge)).toEqual(publish(before.bySexAndAge));
    const stored = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      givenName: '',
      familyName: null,
      phone: null,
      sex: 'female',
      areaOfResidencePcode: 'IQG10Q05',
      dateOfBirthEstimated: true,
    });
    expect(stored.dateOfBirth?.toISOString().slice(0, 10)).toBe('1990-06-01');
    expect(await db.prisma.serviceDelivery.count({ where: { beneficiaryId: id } })).toBe(2);

    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'erase' } });
    expect(audit.fields).toEqual(expect.arrayContaining(['givenName', 'phone', 'dateOfBirth', 'erasedAt']));

    const again = await erasePerson(db.prisma, ADMIN, { beneficiaryId: id });
    expect(again).toMatchObject({ ok: true, value: { alreadyErased: true, erasedAt: stored.erasedAt } });
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: 'erase' } })).toBe(1);
  });

  it('clears every personal text field the domain declares, of the person (motherName too) and of their referrals', async () => {
    const registered = await registerBeneficiary(
      db.prisma,
      ADMIN,
      { ...BENEFICIARY_EXAMPLE, registrationCentreId: world.jalawla },
      { confirmNotDuplicate: true },
    );
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    const id = registered.value.id;
    const referral = await db.prisma.referral.create({
      data: {
        beneficiaryId: id,
        fromCentreId: world.jalawla,
        toOrganisationId: world.iom,
        serviceType: 'legal_counselling',
        status: 'requested',
        referredOn: new Date('2018-02-02T00:00:00Z'),
        ...Object.fromEntries(REFERRAL_PERSONAL_FIELDS.map((field) => [field, `${field} about the person`])),
      },
    });
    const texts = BENEFICIARY_PERSONAL_FIELDS.filter((field) => beneficiaryField(field).kind === 'text');
    expect(texts).toContain('motherName');
    const held = (row: Record<string, unknown>, fields: readonly string[]) =>
      fields.filter((field) => row[field] !== null && row[field] !== '');
    expect(held(registered.value, texts)).toEqual(texts);

    expect(await erasePerson(db.prisma, ADMIN, { beneficiaryId: id })).toMatchObject({ ok: true });
    expect(held(await db.prisma.beneficiary.findUniqueOrThrow({ where: { id } }), texts)).toEqual([]);
    const cleared = await db.prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(held(cleared, REFERRAL_PERSONAL_FIELDS)).toEqual([]);
  });

  it('is for ADMIN only, and answers not found for an unknown id', async () => {
    expect(await erasePerson(db.prisma, staffOf(world.jalawla), { beneficiaryId: world.jalawlaPerson })).toMatchObject({
      ok: false,
      kind: 'forbidden',
      reason: 'role',
    });
    expect(
      await erasePerson(db.prisma, ADMIN, { beneficiaryId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, kind: 'not_found' });
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: world.jalawlaPerson } })).erasedAt).toBeNull();
  });

  it('keeps the year and month of birth, and 29 February as it is (ages at every month end stay the same)', () => {
    expect(birthMonthOf(new Date('1990-06-17T00:00:00Z')).toISOString().slice(0, 10)).toBe('1990-06-01');
    expect(birthMonthOf(new Date('2000-02-29T00:00:00Z')).toISOString().slice(0, 10)).toBe('2000-02-29');
  });
});
