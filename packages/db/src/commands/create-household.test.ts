import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { createHousehold } from './create-household';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const household = (members: object[]) => ({
  registrationCentreId: world.jalawla,
  size: 5,
  areaOfResidencePcode: 'IQG10Q05N02',
  populationGroup: 'returnee' as const,
  registeredOn: '2018-03-01',
  members: members as never,
});

const wife = {
  givenName: 'سعاد',
  familyName: 'جاسم',
  dateOfBirth: '1985-02-10',
  sex: 'female',
  consentToDataProcessing: true,
};
const son = {
  givenName: 'Ali',
  fatherName: 'Kadhim',
  familyName: 'Jasim',
  dateOfBirth: '2010-07-01',
  sex: 'male',
  consentToDataProcessing: true,
};

describe(`createHousehold (${TEST_DATABASE_KIND})`, () => {
  it('registers new members through the registration command, with the household’s centre, area, group, size and date', async () => {
    const result = await createHousehold(
      db.prisma,
      staffOf(world.jalawla),
      household([
        { beneficiaryId: world.jalawlaPerson, relationshipToHead: 'head' },
        { person: wife, relationshipToHead: 'spouse' },
        { person: son, relationshipToHead: 'child' },
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({
      headBeneficiaryId: world.jalawlaPerson,
      size: 5,
      populationGroup: 'returnee',
    });
    expect(result.value.members.map((member) => member.relationshipToHead).sort()).toEqual(['child', 'head', 'spouse']);
    const registered = await db.prisma.beneficiary.findMany({
      where: {
        id: { in: result.value.members.map((member) => member.beneficiaryId) },
        NOT: { id: world.jalawlaPerson },
      },
    });
    for (const person of registered) {
      expect(person).toMatchObject({
        registrationCentreId: world.jalawla,
        areaOfResidencePcode: 'IQG10Q05N02',
        populationGroup: 'returnee',
        householdSize: 5,
        consentPurposes: ['data_processing'],
      });
    }
    // One audit row per registered person (from the registration command) and one for the household, none with a name.
    const audits = await db.prisma.auditLog.findMany({
      where: { entityId: { in: [result.value.id, ...registered.map((person) => person.id)] } },
    });
    expect(audits.map((audit) => audit.entity).sort()).toEqual(['Beneficiary', 'Beneficiary', 'Household']);
    expect(JSON.stringify(audits)).not.toMatch(/سعاد|Kadhim/);
  });

  it('names the member at fault (members.1.person.dateOfBirth) and writes no one', async () => {
    const before = await db.prisma.beneficiary.count();
    const result = await createHousehold(
      db.prisma,
      ADMIN,
      household([
        { person: { ...son, givenName: 'Hamza', dateOfBirth: '1970-01-01' }, relationshipToHead: 'head' },
        { person: { ...wife, dateOfBirth: '2999-01-01' }, relationshipToHead: 'spouse' },
      ]),
    );
    expect(result).toMatchObject({ ok: false, kind: 'invalid', errors: [{ field: 'members.1.person.dateOfBirth' }] });
    expect(await db.prisma.beneficiary.count()).toBe(before);
    expect(
      await db.prisma.household.count({ where: { size: 5, registeredOn: new Date('2018-03-01T00:00:00Z') } }),
    ).toBe(1);
  });

  it('reports possible duplicates of a new member, and registers them when confirmed', async () => {
    const again = household([{ person: { ...son, givenName: 'علي' }, relationshipToHead: 'head' }]);
    const refused = await createHousehold(db.prisma, staffOf(world.jalawla), again);
    expect(refused).toMatchObject({ ok: false, kind: 'possible_duplicates', field: 'members.0.person' });
    const confirmed = await createHousehold(db.prisma, staffOf(world.jalawla), again, { confirmNotDuplicate: true });
    expect(confirmed.ok).toBe(true);
  });

  it('refuses a member already in a household, from another centre, or a household without one head', async () => {
    expect(
      await createHousehold(
        db.prisma,
        ADMIN,
        household([{ beneficiaryId: world.jalawlaPerson, relationshipToHead: 'head' }]),
      ),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'members.0.beneficiaryId', reason: 'in_other_household' }],
    });
    expect(
      await createHousehold(
        db.prisma,
        ADMIN,
        household([{ beneficiaryId: world.kirkukPerson, relationshipToHead: 'head' }]),
      ),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'members.0.beneficiaryId', reason: 'other_centre' }],
    });
    expect(
      await createHousehold(db.prisma, ADMIN, household([{ person: wife, relationshipToHead: 'spouse' }])),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'members' }],
    });
    expect(
      await createHousehold(
        db.prisma,
        staffOf(world.kirkuk),
        household([{ person: wife, relationshipToHead: 'head' }]),
      ),
    ).toMatchObject({
      ok: false,
      kind: 'forbidden',
      field: 'registrationCentreId',
    });
  });
});
