import { cellKeyOf, NOT_RECORDED, publish } from '@crc/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { FigureInputError } from './figure-input-error';
import { householdReachInSql } from './household-reach-in-sql';

let testDb: TestDatabase;
let db: Db;
let centre: string;
/** Households by name: their ids and record keys. */
const households: Record<string, { id: string; key: number }> = {};

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  centre = (
    await db.prisma.centre.create({
      data: { code: 'CRC-J', name: 'Jalawla', kind: 'community_resource_centre', areaPcode: 'IQG10Q05' },
    })
  ).id;
  const person = async (name: string) =>
    (
      await db.prisma.beneficiary.create({
        data: {
          registrationCentreId: centre,
          givenName: name,
          nameKey: name,
          sex: 'female',
          populationGroup: 'idp',
          registeredOn: new Date('2018-01-01T00:00:00Z'),
        },
      })
    ).id;
  const household = async (name: string, area: string, group: string, members: string[]) => {
    const row = await db.prisma.household.create({
      data: {
        registrationCentreId: centre,
        headBeneficiaryId: members[0]!,
        size: members.length,
        areaOfResidencePcode: area,
        populationGroup: group,
        registeredOn: new Date('2018-01-01T00:00:00Z'),
        members: {
          create: members.map((beneficiaryId, index) => ({
            beneficiaryId,
            relationshipToHead: index === 0 ? 'head' : 'child',
          })),
        },
      },
    });
    const keys = await db.prisma.$queryRaw<
      { record_key: number }[]
    >`SELECT record_key FROM household WHERE id = ${row.id}::uuid`;
    households[name] = { id: row.id, key: keys[0]!.record_key };
  };
  const deliver = (beneficiaryId: string, serviceType: string, day: string) =>
    db.prisma.serviceDelivery.create({
      data: { beneficiaryId, centreId: centre, serviceType, deliveredOn: new Date(`${day}T00:00:00Z`) },
    });

  const [a1, a2, b1, c1, loner] = await Promise.all(['a1', 'a2', 'b1', 'c1', 'loner'].map(person));
  await household('A', 'IQG10Q05N02', 'returnee', [a1!, a2!]);
  await household('B', 'IQG10Q05', 'idp', [b1!]);
  await household('C', 'IQG13Q03', 'idp', [c1!]);
  // A: two members served (legal, and legal + training); B: one member served; C: nobody; the loner is in no household.
  await deliver(a1!, 'legal_counselling', '2018-02-01');
  await deliver(a2!, 'legal_counselling', '2018-02-03');
  await deliver(a2!, 'vocational_training', '2018-03-03');
  await deliver(b1!, 'vocational_training', '2018-02-05');
  await deliver(loner!, 'legal_counselling', '2018-02-05');
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`householdReachInSql (${TEST_DATABASE_KIND})`, () => {
  it('counts each household with a member reached once, in every cell a member was reached in', async () => {
    const table = await householdReachInSql(db.prisma, { by: ['serviceType'] });
    expect(table.unit).toBe('households');
    expect(table.grandTotal).toBe(2);
    const byService = Object.fromEntries(table.rows.map((row, index) => [row[0], table.cells[index]![0]]));
    expect(byService).toEqual({ legal_counselling: 1, vocational_training: 2 });
    expect(table.grandTotalKey).toBeCloseTo(cellKeyOf([households['A']!.key, households['B']!.key]), 12);
    const legal = table.rows.findIndex((row) => row[0] === 'legal_counselling');
    expect(table.cellKeys[legal]![0]).toBeCloseTo(cellKeyOf([households['A']!.key]), 12);
  });

  it('breaks down by the household’s own area and population group, and filters like person reach', async () => {
    const table = await householdReachInSql(db.prisma, { by: ['populationGroup', 'area'], areaLevel: 'district' });
    expect(table.rows.map((row) => row[0])).toEqual(expect.arrayContaining(['returnee', 'idp']));
    expect(table.columns).toEqual(['IQG10Q05']);
    const february = await householdReachInSql(db.prisma, {
      by: [],
      filter: { from: '2018-02-01', to: '2018-02-28', serviceType: 'legal_counselling' },
    });
    expect(february.grandTotal).toBe(1);
  });

  it('goes through the same publication path as person figures, and refuses person dimensions', async () => {
    const published = publish({ ...(await householdReachInSql(db.prisma, { by: ['serviceType'] })) });
    expect(published.unit).toBe('households');
    await expect(householdReachInSql(db.prisma, { by: ['sex'] })).rejects.toBeInstanceOf(FigureInputError);
  });

  it('breaks households down by disability status: with disability when any member is, without when every member answered below the cut-off, not recorded otherwise', async () => {
    const members = await db.prisma.householdMember.findMany({
      where: { householdId: { in: [households['A']!.id, households['B']!.id] } },
    });
    const ofA = members.filter((member) => member.householdId === households['A']!.id);
    const ofB = members.filter((member) => member.householdId === households['B']!.id);
    const none = {
      disabilitySeeing: 'no_difficulty',
      disabilityHearing: 'no_difficulty',
      disabilityWalking: 'no_difficulty',
      disabilityCognition: 'no_difficulty',
      disabilitySelfCare: 'no_difficulty',
      disabilityCommunication: 'no_difficulty',
    };
    // A: one member cannot walk, the other answered nothing; B: its one member answered all six below the cut-off.
    await db.prisma.beneficiary.update({
      where: { id: ofA[0]!.beneficiaryId },
      data: { disabilityWalking: 'cannot_do_at_all' },
    });
    await db.prisma.beneficiary.update({ where: { id: ofB[0]!.beneficiaryId }, data: none });
    const table = await householdReachInSql(db.prisma, {
      by: ['disabilityStatus'],
      categories: { disabilityStatus: ['with_disability', 'without_disability', NOT_RECORDED] },
    });
    const byStatus = Object.fromEntries(table.rows.map((row, index) => [row[0], table.cells[index]![0]]));
    expect(byStatus).toEqual({ with_disability: 1, without_disability: 1, [NOT_RECORDED]: 0 });
    const withDisability = table.rows.findIndex((row) => row[0] === 'with_disability');
    expect(table.cellKeys[withDisability]![0]).toBeCloseTo(cellKeyOf([households['A']!.key]), 12);

    // B gains a member who was never asked: B is no longer known to be without disability.
    const newcomer = await db.prisma.beneficiary.create({
      data: {
        registrationCentreId: centre,
        givenName: 'b2',
        nameKey: 'b2',
        sex: 'male',
        populationGroup: 'idp',
        registeredOn: new Date('2018-01-01T00:00:00Z'),
      },
    });
    await db.prisma.householdMember.create({
      data: { householdId: households['B']!.id, beneficiaryId: newcomer.id, relationshipToHead: 'child' },
    });
    const after = await householdReachInSql(db.prisma, { by: ['disabilityStatus', 'populationGroup'] });
    const status = (code: string) => after.rows.findIndex((row) => row[0] === code);
    const idp = after.columns.indexOf('idp');
    expect(after.cells[status(NOT_RECORDED)]?.[idp]).toBe(1);
    expect(status('without_disability') === -1 || after.cells[status('without_disability')]![idp] === 0).toBe(true);
    // The same publication path as every figure.
    expect(publish({ ...after }).unit).toBe('households');
  });
});
