import { BENEFICIARY_EXAMPLE, BENEFICIARY_FIELD_NAMES, nameSoundKey } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import type { Actor } from './actor';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import type { Tx } from './in-transaction';
import { importHouseholds, type ImportedHousehold } from './import-households';
import { registerBeneficiary } from './register-beneficiary';
import { openRegistrationImport } from './registration-imports';
import { updateImportedHouseholds } from './update-imported-households';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const person = (givenName: string, sex: string, dateOfBirth: string) => ({
  givenName,
  familyName: 'الجبوري',
  dateOfBirth,
  sex,
  consentToDataProcessing: true,
  consentToShareWithPartners: true,
  phone: '+9647701234567',
});

function household(key: string, members: ImportedHousehold['members'], services: string[] = []): ImportedHousehold {
  return {
    sourceKey: `file:${key}`,
    registrationCentreId: world.jalawla,
    size: members.length + 1,
    areaOfResidencePcode: 'IQG10Q05N02',
    populationGroup: 'returnee',
    registeredOn: '2026-11-30',
    members,
    servicesDelivered: services.map((serviceType) => ({ serviceType, centreId: world.jalawla })),
  };
}

/** The transaction with every statement it sends counted (the database is real: only the calls are counted). */
function counted(tx: Tx): { tx: Tx; statements: () => number } {
  let statements = 0;
  const delegate = (target: object) =>
    new Proxy(target, {
      get: (inner, method) => {
        const value = Reflect.get(inner, method) as unknown;
        return typeof value === 'function'
          ? (...args: unknown[]) => {
              statements += 1;
              return (value as (...a: unknown[]) => unknown).apply(inner, args);
            }
          : value;
      },
    });
  const wrapped = new Proxy(tx, {
    get: (inner, property) => {
      const value = Reflect.get(inner, property) as unknown;
      if (typeof property === 'string' && property.startsWith('$') && typeof value === 'function')
        return (...args: unknown[]) => {
          statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(inner, args);
        };
      return value !== null && typeof value === 'object' ? delegate(value) : value;
    },
  });
  return { tx: wrapped, statements: () => statements };
}

async function run(actor: Actor, households: readonly ImportedHousehold[]) {
  return db.prisma.$transaction(async (tx) => {
    const opened = await openRegistrationImport(tx, ADMIN, {
      centreId: world.jalawla,
      sourceKind: 'file',
      sourceName: 'test.csv',
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const recording = counted(tx);
    const result = await importHouseholds(recording.tx, actor, { importId: opened.value.id, households });
    return { result, statements: recording.statements() };
  });
}

const family = (key: string) =>
  household(
    key,
    [
      {
        person: person('حسن', 'male', '1970-05-01'),
        relationshipToHead: 'head',
        consentToContact: true,
        disability: { walking: 'a_lot_of_difficulty', seeing: 'no_difficulty' },
      },
      { person: person('Zainab', 'female', '1975-01-20'), relationshipToHead: 'spouse' },
    ],
    ['legal_counselling'],
  );

describe(`importHouseholds (${TEST_DATABASE_KIND})`, () => {
  it('writes each household as the single commands do: people, household, members, consent, disability, deliveries, audits; a refused household names its member and field', async () => {
    const before = await db.prisma.beneficiary.count();
    const { result } = await run(staffOf(world.jalawla), [
      family('H-1'),
      household('H-2', [
        { person: person('Omar', 'male', '1980-01-01'), relationshipToHead: 'head' },
        { person: person('Layla', 'unknown-sex', '1982-01-01'), relationshipToHead: 'spouse' },
      ]),
      household('H-3', [{ person: person('Ahmed', 'male', '1990-03-03'), relationshipToHead: 'head' }]),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [first, second, third] = result.value;
    expect(first?.kind).toBe('created');
    expect(third?.kind).toBe('created');
    expect(second).toMatchObject({
      kind: 'refused',
      failure: { kind: 'invalid', errors: [expect.objectContaining({ field: 'members.1.person.sex' })] },
    });
    expect(await db.prisma.beneficiary.count()).toBe(before + 3);
    if (first?.kind !== 'created') throw new Error('not created');

    const [head, spouse] = await Promise.all(
      first.beneficiaryIds.map((id) =>
        db.prisma.beneficiary.findUniqueOrThrow({ where: { id }, include: { householdMembership: true } }),
      ),
    );
    expect(head).toMatchObject({
      givenName: 'حسن',
      registrationCentreId: world.jalawla,
      householdSize: 3,
      populationGroup: 'returnee',
      nameSoundKey: nameSoundKey(head!.nameKey),
      consentPurposes: ['data_processing', 'sharing_with_partners', 'contact'],
      consentRecordedHow: 'imported registration',
      disabilityWalking: 'a_lot_of_difficulty',
      disabilitySeeing: 'no_difficulty',
      disabilityHearing: null,
      householdMembership: { householdId: first.householdId, relationshipToHead: 'head' },
    });
    expect(head!.disabilityAskedOn?.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(spouse).toMatchObject({
      givenName: 'Zainab',
      consentPurposes: ['data_processing', 'sharing_with_partners'],
      disabilityWalking: null,
      disabilityAskedOn: null,
      householdMembership: { householdId: first.householdId, relationshipToHead: 'spouse' },
    });
    expect(await db.prisma.household.findUniqueOrThrow({ where: { id: first.householdId } })).toMatchObject({
      headBeneficiaryId: head!.id,
      size: 3,
      areaOfResidencePcode: 'IQG10Q05N02',
    });
    const delivery = await db.prisma.serviceDelivery.findFirstOrThrow({ where: { beneficiaryId: head!.id } });
    expect(delivery).toMatchObject({ serviceType: 'legal_counselling', centreId: world.jalawla });
    expect(
      await db.prisma.registrationSource.findMany({ where: { sourceKey: { in: ['file:H-1', 'file:H-2'] } } }),
    ).toEqual([
      expect.objectContaining({
        sourceKey: 'file:H-1',
        householdId: first.householdId,
        beneficiaryIds: [...first.beneficiaryIds],
      }),
    ]);

    // The audit trail of the single commands, without a personal value.
    const audits = await db.prisma.auditLog.findMany({
      where: { entityId: { in: [...first.beneficiaryIds, first.householdId, delivery.id] } },
    });
    expect(audits.map((audit) => `${audit.entity} ${audit.action}`).sort()).toEqual([
      'Beneficiary create',
      'Beneficiary create',
      'Beneficiary record_consent',
      'Beneficiary record_disability',
      'Household create',
      'ServiceDelivery create',
    ]);
    const text = JSON.stringify(audits);
    for (const value of ['حسن', 'Zainab', '+9647701234567', '1970-05-01', 'a_lot_of_difficulty'])
      expect(text).not.toContain(value);
    const created = audits.find((audit) => audit.entity === 'Beneficiary' && audit.action === 'create')!;
    expect(created.fields).toEqual(expect.arrayContaining(['givenName', 'phone', 'dateOfBirth', 'consentPurposes']));
  });

  it('costs the same number of statements for 2 households as for 40', async () => {
    const few = await run(ADMIN, [family('S-1'), family('S-2')]);
    const many = await run(
      ADMIN,
      Array.from({ length: 40 }, (_, i) => family(`M-${i}`)),
    );
    expect(few.result.ok && many.result.ok).toBe(true);
    expect(many.statements).toBe(few.statements);
    // The centre, the source keys, then one INSERT each for people, households, members, deliveries, audits.
    expect(many.statements).toBe(7);
  });

  it('leaves a household whose source key was imported before as it is, even within one call', async () => {
    const people = await db.prisma.beneficiary.count();
    const audits = await db.prisma.auditLog.count();
    const { result } = await run(ADMIN, [family('H-1'), family('H-3')]);
    expect(result).toEqual({ ok: true, value: [{ kind: 'already_imported' }, { kind: 'already_imported' }] });
    expect(await db.prisma.beneficiary.count()).toBe(people);
    expect(await db.prisma.auditLog.count()).toBe(audits);

    const twice = await run(ADMIN, [family('D-1'), family('D-1')]);
    expect(twice.result).toMatchObject({ ok: true, value: [{ kind: 'created' }, { kind: 'already_imported' }] });
    expect(await db.prisma.beneficiary.count()).toBe(people + 2);
  });

  it('refuses a partner, and the households of a centre the staff key is not bound to', async () => {
    const partner: Actor = { name: 'api-key:p', role: 'PARTNER', centreIds: new Set(), organisationId: world.iom };
    expect((await run(partner, [family('P-1')])).result).toMatchObject({
      ok: false,
      kind: 'forbidden',
      reason: 'role',
    });
    const { result } = await run(staffOf(world.kirkuk), [family('K-1')]);
    expect(result).toMatchObject({
      ok: true,
      value: [
        { kind: 'refused', failure: { kind: 'forbidden', field: 'registrationCentreId', reason: 'centre_not_yours' } },
      ],
    });
    expect(await db.prisma.registrationSource.count({ where: { sourceKey: 'file:K-1' } })).toBe(0);
  });

  it('updateImportedHouseholds: says what a changed source would change (dry run, nothing written), changes it with audit entries naming the fields, and then finds nothing to change', async () => {
    const { result } = await run(ADMIN, [family('U-1')]);
    if (!result.ok || result.value[0]?.kind !== 'created') throw new Error(JSON.stringify(result));
    const { householdId, beneficiaryIds } = result.value[0];
    const original = family('U-1');
    const changed: ImportedHousehold = {
      ...original,
      size: 5,
      members: [
        {
          ...original.members[0]!,
          person: { ...original.members[0]!.person, phone: '+9647709999999' },
          disability: { walking: 'cannot_do_at_all' },
        },
        { ...original.members[1]!, relationshipToHead: 'other_relative', consentToContact: true },
      ],
    };
    const update = { householdId, beneficiaryIds, household: changed };
    const audits = await db.prisma.auditLog.count();
    const dry = await updateImportedHouseholds(db.prisma, ADMIN, [update], { dryRun: true });
    expect(dry).toEqual({
      ok: true,
      value: [
        {
          kind: 'updated',
          people: 2,
          // The people's household size follows the household's; the answers were asked again the same day.
          fields: [
            'members.0.phone',
            'members.0.householdSize',
            'members.0.disabilitySeeing',
            'members.0.disabilityWalking',
            'members.1.relationshipToHead',
            'members.1.householdSize',
            'members.1.consentPurposes',
            'size',
          ],
        },
      ],
    });
    expect(await db.prisma.auditLog.count()).toBe(audits);
    expect((await db.prisma.household.findUniqueOrThrow({ where: { id: householdId } })).size).toBe(3);

    const done = await db.prisma.$transaction((tx) => updateImportedHouseholds(tx, staffOf(world.jalawla), [update]));
    expect(done.ok && done.value[0]?.kind).toBe('updated');
    const head = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryIds[0]! } });
    expect(head).toMatchObject({
      phone: '+9647709999999',
      disabilityWalking: 'cannot_do_at_all',
      disabilitySeeing: null,
    });
    const spouse = await db.prisma.beneficiary.findUniqueOrThrow({
      where: { id: beneficiaryIds[1]! },
      include: { householdMembership: true },
    });
    expect(spouse.consentPurposes).toContain('contact');
    expect(spouse.householdMembership?.relationshipToHead).toBe('other_relative');
    expect((await db.prisma.household.findUniqueOrThrow({ where: { id: householdId } })).size).toBe(5);
    const entries = await db.prisma.auditLog.findMany({
      where: { action: 'update', entityId: { in: [householdId, ...beneficiaryIds] } },
    });
    expect(entries.map((entry) => entry.entity).sort()).toEqual(['Beneficiary', 'Beneficiary', 'Household']);
    expect(JSON.stringify(entries)).not.toContain('9999999');
    expect(entries.find((entry) => entry.entityId === beneficiaryIds[0])?.fields).toContain('phone');

    expect(await updateImportedHouseholds(db.prisma, ADMIN, [update], { dryRun: true })).toEqual({
      ok: true,
      value: [{ kind: 'unchanged' }],
    });
    // A member more in the source than in the household: refused, members are the household commands' to change.
    const more = { ...update, household: { ...changed, members: [...changed.members, changed.members[1]!] } };
    expect(await updateImportedHouseholds(db.prisma, ADMIN, [more], { dryRun: true })).toMatchObject({
      ok: true,
      value: [
        { kind: 'refused', failure: { kind: 'invalid', errors: [{ field: 'members', reason: 'not_a_member' }] } },
      ],
    });
    // Another centre's staff: the household is not found.
    expect(await updateImportedHouseholds(db.prisma, staffOf(world.kirkuk), [update], { dryRun: true })).toMatchObject({
      ok: true,
      value: [{ kind: 'refused', failure: { kind: 'not_found', entity: 'Household' } }],
    });
  });

  it('writes every field of the registry as registerBeneficiary writes it, and a changed source updates a field the import names nowhere (motherName)', async () => {
    const example = { ...BENEFICIARY_EXAMPLE, registrationCentreId: world.jalawla };
    const fromSource: ImportedHousehold = {
      sourceKey: 'file:EVERY-FIELD',
      registrationCentreId: world.jalawla,
      size: example.householdSize,
      areaOfResidencePcode: example.areaOfResidencePcode,
      populationGroup: example.populationGroup,
      registeredOn: example.registeredOn,
      members: [{ person: example, relationshipToHead: 'head' }],
    };
    const { result } = await run(ADMIN, [fromSource]);
    if (!result.ok || result.value[0]?.kind !== 'created') throw new Error(JSON.stringify(result));
    const { householdId, beneficiaryIds } = result.value[0];
    const registered = await registerBeneficiary(db.prisma, ADMIN, example, { confirmNotDuplicate: true });
    if (!registered.ok) throw new Error(JSON.stringify(registered));

    const imported = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryIds[0]! } });
    const columnsOf = (row: Record<string, unknown>) =>
      Object.fromEntries(
        [...BENEFICIARY_FIELD_NAMES, 'nameKey', 'consentGivenOn', 'consentPurposes']
          .filter((name) => name in row)
          .map((name) => [name, row[name]]),
      );
    expect(columnsOf(imported)).toEqual(columnsOf(registered.value));
    expect(imported.motherName).toBe(BENEFICIARY_EXAMPLE.motherName);

    const renamed = {
      ...fromSource,
      members: [{ person: { ...example, motherName: 'خديجة' }, relationshipToHead: 'head' }],
    };
    const updated = await db.prisma.$transaction((tx) =>
      updateImportedHouseholds(tx, ADMIN, [{ householdId, beneficiaryIds, household: renamed }]),
    );
    expect(updated).toEqual({ ok: true, value: [{ kind: 'updated', people: 1, fields: ['members.0.motherName'] }] });
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryIds[0]! } })).motherName).toBe(
      'خديجة',
    );
  });
});
