import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import type { Actor } from './actor';
import { ADMIN, staffOf, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { inTransaction } from './in-transaction';
import { registerBeneficiary, registerBeneficiaryIn, type RegisterBeneficiaryInput } from './register-beneficiary';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

let serial = 0;
/** A valid registration at Jalawla; each call a different birth year, so people do not look like each other. */
const person = (overrides: Partial<RegisterBeneficiaryInput> = {}): RegisterBeneficiaryInput => {
  serial += 1;
  return {
    registrationCentreId: world.jalawla,
    givenName: 'Zainab',
    fatherName: null,
    familyName: 'Kareem',
    phone: '0751 234 2550',
    dateOfBirth: `${1950 + serial}-04-02`,
    sex: 'female',
    populationGroup: 'idp',
    householdSize: 4,
    areaOfResidencePcode: 'IQG10Q05',
    registeredOn: '2024-03-01',
    consentToDataProcessing: true,
    consentToShareWithPartners: true,
    ...overrides,
  };
};

describe(`registerBeneficiary (${TEST_DATABASE_KIND})`, () => {
  it('writes the person with their name key and consent, and an audit row without personal values', async () => {
    const before = await writtenRows(db.prisma);
    const result = await registerBeneficiary(
      db.prisma,
      staffOf(world.jalawla),
      person({ givenName: 'أحمد', familyName: 'كريم' }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({
      registrationCentreId: world.jalawla,
      areaOfResidencePcode: 'IQG10Q05',
      nameKey: 'احمد كريم',
      phone: '07512342550',
      consentPurposes: ['data_processing', 'sharing_with_partners'],
    });
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      beneficiaries: before.beneficiaries + 1,
      auditLog: before.auditLog + 1,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: result.value.id } });
    expect(audit).toMatchObject({ action: 'create', entity: 'Beneficiary', actor: 'api-key:staff-1' });
    expect(audit.fields).toEqual(
      expect.arrayContaining(['givenName', 'phone', 'dateOfBirth', 'confirmedNotDuplicate']),
    );
    const kept = JSON.stringify(audit.after);
    for (const value of ['أحمد', 'كريم', '07512342550', result.value.nameKey]) expect(kept).not.toContain(value);
    expect(audit.after).toMatchObject({
      sex: 'female',
      areaOfResidencePcode: 'IQG10Q05',
      confirmedNotDuplicate: false,
    });
  });

  it('refuses a bad input naming every field, and writes nothing', async () => {
    const before = await writtenRows(db.prisma);
    const result = await registerBeneficiary(
      db.prisma,
      ADMIN,
      person({ householdSize: 0, sex: 'F', consentToDataProcessing: false }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.errors.map((error) => error.field).sort()).toEqual([
      'consentToDataProcessing',
      'householdSize',
      'sex',
    ]);
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('answers NotFound for an unknown area or centre, Forbidden for another centre or a partner', async () => {
    const before = await writtenRows(db.prisma);
    const partner: Actor = { name: 'api-key:partner', role: 'PARTNER', centreIds: new Set() };
    expect(await registerBeneficiary(db.prisma, ADMIN, person({ areaOfResidencePcode: 'IQG99' }))).toEqual({
      ok: false,
      kind: 'not_found',
      entity: 'AdminArea',
      field: 'areaOfResidencePcode',
      id: 'IQG99',
    });
    const missingCentre = '00000000-0000-4000-8000-000000000000';
    expect(await registerBeneficiary(db.prisma, ADMIN, person({ registrationCentreId: missingCentre }))).toMatchObject({
      kind: 'not_found',
      entity: 'Centre',
      field: 'registrationCentreId',
    });
    expect(await registerBeneficiary(db.prisma, staffOf(world.kirkuk), person())).toMatchObject({
      kind: 'forbidden',
      field: 'registrationCentreId',
      reason: 'centre_not_yours',
    });
    expect(await registerBeneficiary(db.prisma, partner, person())).toMatchObject({
      kind: 'forbidden',
      reason: 'role',
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('answers PossibleDuplicates for the same person in another script, and registers once confirmed', async () => {
    const first = await registerBeneficiary(
      db.prisma,
      ADMIN,
      person({ givenName: 'Mohammed', familyName: 'Hassan Ali', dateOfBirth: '1990-05-05' }),
    );
    if (!first.ok) throw new Error(JSON.stringify(first));
    const before = await writtenRows(db.prisma);
    const again = person({ givenName: 'محمد', familyName: 'حسن علي', dateOfBirth: '1990-11-30' });
    const refused = await registerBeneficiary(db.prisma, ADMIN, again);
    if (refused.ok || refused.kind !== 'possible_duplicates') throw new Error(JSON.stringify(refused));
    expect(refused.candidates.map((candidate) => candidate.beneficiary.id)).toEqual([first.value.id]);
    expect(refused.candidates[0]?.similarity).toBeGreaterThanOrEqual(0.85);
    expect(await writtenRows(db.prisma)).toEqual(before);
    // staff of another centre are not told that the person exists elsewhere (and may not register at Jalawla anyway)
    const kirkukStaff = staffOf(world.kirkuk);
    expect(
      await registerBeneficiary(db.prisma, kirkukStaff, { ...again, registrationCentreId: world.kirkuk }),
    ).toMatchObject({ ok: true });

    const confirmed = await registerBeneficiary(db.prisma, ADMIN, again, { confirmNotDuplicate: true });
    expect(confirmed).toMatchObject({ ok: true });
  });

  it('registers many people in the caller’s transaction, finding duplicates among them, and rolls back together', async () => {
    const before = await writtenRows(db.prisma);
    const household = [
      person({ givenName: 'Layla', familyName: 'Saleh', dateOfBirth: '1985-01-01' }),
      person({ givenName: 'Omar', familyName: 'Saleh', dateOfBirth: '2010-01-01' }),
      person({ givenName: 'Laila', familyName: 'Salih', dateOfBirth: '1985-06-01' }),
    ];
    const result = await inTransaction(db.prisma, async (tx) => {
      const ids: string[] = [];
      for (const member of household) {
        const registered = await registerBeneficiaryIn(tx, ADMIN, member);
        if (!registered.ok) return registered;
        ids.push(registered.value.id);
      }
      return { ok: true as const, value: ids };
    });
    if (result.ok || result.kind !== 'possible_duplicates') throw new Error(JSON.stringify(result));
    expect(result.candidates[0]?.beneficiary.givenName).toBe('Layla');
    expect(await writtenRows(db.prisma)).toEqual(before);

    const confirmed = await inTransaction(db.prisma, async (tx) => {
      const ids: string[] = [];
      for (const member of household) {
        const registered = await registerBeneficiaryIn(tx, ADMIN, member, { confirmNotDuplicate: true });
        if (!registered.ok) return registered;
        ids.push(registered.value.id);
      }
      return { ok: true as const, value: ids };
    });
    expect(confirmed.ok && confirmed.value.length).toBe(3);
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      beneficiaries: before.beneficiaries + 3,
      auditLog: before.auditLog + 3,
    });
  });
});
