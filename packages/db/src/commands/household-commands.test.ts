import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { addHouseholdMember } from './add-household-member';
import { changeHouseholdHead } from './change-household-head';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { removeHouseholdMember } from './remove-household-member';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

async function person(centreId: string, givenName: string, data: Record<string, unknown> = {}): Promise<string> {
  const row = await db.prisma.beneficiary.create({
    data: {
      registrationCentreId: centreId,
      givenName,
      familyName: 'Test',
      nameKey: `${givenName} test`,
      sex: 'male',
      populationGroup: 'returnee',
      registeredOn: new Date('2018-01-10T00:00:00Z'),
      ...data,
    },
  });
  return row.id;
}

/** A household written directly (createHousehold has its own tests): head and members. */
async function household(head: string, members: Record<string, string> = {}): Promise<string> {
  const row = await db.prisma.household.create({
    data: {
      registrationCentreId: world.jalawla,
      headBeneficiaryId: head,
      size: 1 + Object.keys(members).length,
      areaOfResidencePcode: 'IQG10Q05',
      populationGroup: 'returnee',
      registeredOn: new Date('2018-01-10T00:00:00Z'),
      members: {
        create: [
          { beneficiaryId: head, relationshipToHead: 'head' },
          ...Object.entries(members).map(([beneficiaryId, relationshipToHead]) => ({
            beneficiaryId,
            relationshipToHead,
          })),
        ],
      },
    },
  });
  return row.id;
}

const jalawlaStaff = () => staffOf(world.jalawla);

describe(`household membership commands (${TEST_DATABASE_KIND})`, () => {
  it('adds a registered person, grows the declared size when needed, and audits ids and codes only', async () => {
    const head = await person(world.jalawla, 'Karim');
    const child = await person(world.jalawla, 'Sara');
    const id = await household(head);
    const result = await addHouseholdMember(db.prisma, jalawlaStaff(), {
      householdId: id,
      beneficiaryId: child,
      relationshipToHead: 'child',
    });
    expect(result).toMatchObject({ ok: true, value: { beneficiaryId: child, relationshipToHead: 'child' } });
    expect((await db.prisma.household.findUniqueOrThrow({ where: { id } })).size).toBe(2);
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Household', entityId: id, action: 'add_member' },
    });
    expect(JSON.stringify(audit)).not.toContain('Sara');
    expect(audit.fields).toEqual(['member', 'size']);
  });

  it('refuses a person of another household, of another centre, or as a second head, and writes nothing', async () => {
    const head = await person(world.jalawla, 'Omar');
    const member = await person(world.jalawla, 'Layla');
    const id = await household(head, { [member]: 'spouse' });
    const otherHead = await person(world.jalawla, 'Yusuf');
    const other = await household(otherHead);
    const before = await db.prisma.householdMember.count();

    expect(
      await addHouseholdMember(db.prisma, jalawlaStaff(), {
        householdId: other,
        beneficiaryId: member,
        relationshipToHead: 'sibling',
      }),
    ).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [{ field: 'beneficiaryId', reason: 'in_other_household' }],
    });
    expect(
      await addHouseholdMember(db.prisma, ADMIN, {
        householdId: id,
        beneficiaryId: world.kirkukPerson,
        relationshipToHead: 'other_relative',
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'beneficiaryId', reason: 'other_centre' }],
    });
    expect(
      await addHouseholdMember(db.prisma, jalawlaStaff(), {
        householdId: id,
        beneficiaryId: world.jalawlaPerson,
        relationshipToHead: 'head' as never,
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'relationshipToHead' }],
    });
    expect(await db.prisma.householdMember.count()).toBe(before);
  });

  it('answers not found, not forbidden, for a household of a centre the staff do not work at', async () => {
    const head = await person(world.jalawla, 'Hassan');
    const id = await household(head);
    const kirkukStaff = staffOf(world.kirkuk);
    expect(
      await addHouseholdMember(db.prisma, kirkukStaff, {
        householdId: id,
        beneficiaryId: world.kirkukPerson,
        relationshipToHead: 'child',
      }),
    ).toEqual(
      await addHouseholdMember(db.prisma, kirkukStaff, {
        householdId: '00000000-0000-4000-8000-000000000000',
        beneficiaryId: world.kirkukPerson,
        relationshipToHead: 'child',
      }).then((missing) => ({ ...missing, id })),
    );
    expect(
      await removeHouseholdMember(
        db.prisma,
        { name: 'partner', role: 'PARTNER', centreIds: new Set() },
        { householdId: id, beneficiaryId: head },
      ),
    ).toMatchObject({
      ok: false,
      kind: 'forbidden',
      reason: 'role',
    });
  });

  it('removes a member but not the head, and the declared size drops by one', async () => {
    const head = await person(world.jalawla, 'Ali');
    const son = await person(world.jalawla, 'Mustafa');
    const id = await household(head, { [son]: 'child' });
    expect(
      await removeHouseholdMember(db.prisma, jalawlaStaff(), { householdId: id, beneficiaryId: head }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'beneficiaryId', reason: 'is_head' }],
    });
    expect(
      await removeHouseholdMember(db.prisma, jalawlaStaff(), { householdId: id, beneficiaryId: world.jalawlaPerson }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'beneficiaryId', reason: 'not_a_member' }],
    });
    expect(
      await removeHouseholdMember(db.prisma, jalawlaStaff(), { householdId: id, beneficiaryId: son }),
    ).toMatchObject({ ok: true, value: { size: 1 } });
    expect(await db.prisma.householdMember.findUnique({ where: { beneficiaryId: son } })).toBeNull();
    expect(await db.prisma.beneficiary.findUnique({ where: { id: son } })).not.toBeNull();
  });

  it('changes the head: the new head is "head", the former head and restated members get the relationships given', async () => {
    const father = await person(world.jalawla, 'Jasim');
    const mother = await person(world.jalawla, 'Fatima');
    const daughter = await person(world.jalawla, 'Noor');
    const id = await household(father, { [mother]: 'spouse', [daughter]: 'child' });
    expect(
      await changeHouseholdHead(db.prisma, jalawlaStaff(), {
        householdId: id,
        newHeadBeneficiaryId: world.jalawlaPerson,
        formerHeadRelationship: 'spouse',
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'newHeadBeneficiaryId', reason: 'not_a_member' }],
    });
    const result = await changeHouseholdHead(db.prisma, jalawlaStaff(), {
      householdId: id,
      newHeadBeneficiaryId: mother,
      formerHeadRelationship: 'spouse',
      otherRelationships: [{ beneficiaryId: daughter, relationshipToHead: 'child' }],
    });
    expect(result.ok).toBe(true);
    const members = await db.prisma.householdMember.findMany({ where: { householdId: id } });
    expect(Object.fromEntries(members.map((member) => [member.beneficiaryId, member.relationshipToHead]))).toEqual({
      [father]: 'spouse',
      [mother]: 'head',
      [daughter]: 'child',
    });
    expect((await db.prisma.household.findUniqueOrThrow({ where: { id } })).headBeneficiaryId).toBe(mother);
  });
});
