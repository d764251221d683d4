import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { enqueueDuplicatePairs } from './enqueue-duplicate-pairs';
import { keepDuplicatePairApart } from './keep-duplicate-pair-apart';
import { mergeDuplicatePair } from './merge-duplicate-pair';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

async function person(givenName: string, centreId = world.jalawla): Promise<string> {
  const row = await db.prisma.beneficiary.create({
    data: {
      registrationCentreId: centreId,
      givenName,
      familyName: 'Test',
      nameKey: `${givenName} test`,
      sex: 'male',
      populationGroup: 'idp',
      registeredOn: new Date('2018-01-10T00:00:00Z'),
    },
  });
  return row.id;
}

async function deliver(beneficiaryId: string, deliveredOn: string): Promise<void> {
  await db.prisma.serviceDelivery.create({
    data: {
      beneficiaryId,
      centreId: world.jalawla,
      serviceType: 'legal_counselling',
      deliveredOn: new Date(`${deliveredOn}T00:00:00Z`),
    },
  });
}

const staff = () => staffOf(world.jalawla);

describe(`duplicate review queue (${TEST_DATABASE_KIND})`, () => {
  it('queues a pair once, whatever the order and however often it is found', async () => {
    const [a, b] = [await person('محمد'), await person('Mohammed')];
    const first = await enqueueDuplicatePairs(db.prisma, staff(), {
      source: 'import:test',
      pairs: [{ beneficiaryAId: b, beneficiaryBId: a, score: 0.93, reasons: ['similar_name', 'same_birth_year'] }],
    });
    expect(first).toMatchObject({
      ok: true,
      value: { alreadyQueued: 0, queued: [{ status: 'pending', score: 0.93 }] },
    });
    if (!first.ok) throw new Error('expected success');
    expect([first.value.queued[0]?.beneficiaryAId, first.value.queued[0]?.beneficiaryBId]).toEqual([a, b].sort());
    const again = await enqueueDuplicatePairs(db.prisma, staff(), {
      source: 'import:test',
      pairs: [{ beneficiaryAId: a, beneficiaryBId: b, score: 0.9, reasons: ['same_name'] }],
    });
    expect(again).toMatchObject({ ok: true, value: { queued: [], alreadyQueued: 1 } });
  });

  it('refuses a pair with someone of another centre as if they did not exist, and a pair of one person', async () => {
    const a = await person('Ahmad');
    expect(
      await enqueueDuplicatePairs(db.prisma, staff(), {
        source: 'x',
        pairs: [{ beneficiaryAId: a, beneficiaryBId: world.kirkukPerson, score: 0.9, reasons: ['same_name'] }],
      }),
    ).toMatchObject({
      ok: false,
      kind: 'not_found',
      field: 'pairs.0.beneficiaryBId',
    });
    expect(
      await enqueueDuplicatePairs(db.prisma, staff(), {
        source: 'x',
        pairs: [{ beneficiaryAId: a, beneficiaryBId: a, score: 1, reasons: ['same_name'] }],
      }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'pairs.0.beneficiaryBId' }],
    });
  });

  it('merging moves deliveries, referrals, feedback and household membership to the kept person and marks the other merged', async () => {
    const kept = await person('Abbas');
    const merged = await person('Abbaas');
    const spouse = await person('Zahra');
    await deliver(kept, '2018-02-01');
    await deliver(merged, '2018-02-10');
    await deliver(merged, '2018-03-10');
    await db.prisma.referral.create({
      data: {
        beneficiaryId: merged,
        fromCentreId: world.jalawla,
        toOrganisationId: world.iom,
        serviceType: 'legal_counselling',
        status: 'requested',
        referredOn: new Date('2018-02-11T00:00:00Z'),
      },
    });
    const household = await db.prisma.household.create({
      data: {
        registrationCentreId: world.jalawla,
        headBeneficiaryId: merged,
        size: 2,
        areaOfResidencePcode: 'IQG10Q05',
        populationGroup: 'idp',
        registeredOn: new Date('2018-01-10T00:00:00Z'),
        members: {
          create: [
            { beneficiaryId: merged, relationshipToHead: 'head' },
            { beneficiaryId: spouse, relationshipToHead: 'spouse' },
          ],
        },
      },
    });
    const third = await person('Abas');
    const queued = await enqueueDuplicatePairs(db.prisma, staff(), {
      source: 'import:test',
      pairs: [
        { beneficiaryAId: kept, beneficiaryBId: merged, score: 0.95, reasons: ['similar_name'] },
        { beneficiaryAId: merged, beneficiaryBId: third, score: 0.9, reasons: ['similar_name'] },
      ],
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    const pairId = queued.value.queued[0]!.id;

    expect(
      await mergeDuplicatePair(db.prisma, staff(), { pairId, keepBeneficiaryId: spouse, reason: 'same person' }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'keepBeneficiaryId', reason: 'not_in_pair' }],
    });
    const result = await mergeDuplicatePair(db.prisma, staff(), {
      pairId,
      keepBeneficiaryId: kept,
      reason: 'Same ID card number, two spellings',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        keptBeneficiaryId: kept,
        mergedBeneficiaryId: merged,
        moved: { serviceDeliveries: 2, referrals: 1, feedbackEntries: 0, householdMembership: true },
        pair: { status: 'merged', decidedBy: 'api-key:staff-1' },
      },
    });
    expect(await db.prisma.serviceDelivery.count({ where: { beneficiaryId: kept } })).toBe(3);
    expect(await db.prisma.serviceDelivery.count({ where: { beneficiaryId: merged } })).toBe(0);
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: merged } })).mergedIntoId).toBe(kept);
    expect((await db.prisma.household.findUniqueOrThrow({ where: { id: household.id } })).headBeneficiaryId).toBe(kept);
    expect(await db.prisma.householdMember.findUnique({ where: { beneficiaryId: kept } })).toMatchObject({
      householdId: household.id,
      relationshipToHead: 'head',
    });
    // The merged person's other pending pair now pairs the kept person.
    const repointed = await db.prisma.duplicatePair.findFirstOrThrow({
      where: { status: 'pending', OR: [{ beneficiaryAId: third }, { beneficiaryBId: third }] },
    });
    expect([repointed.beneficiaryAId, repointed.beneficiaryBId].sort()).toEqual([kept, third].sort());

    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'DuplicatePair', entityId: pairId, action: 'merge' },
    });
    expect(JSON.stringify(audit)).not.toContain('Same ID card');
    expect(audit.fields).toContain('decisionReason');

    expect(
      await mergeDuplicatePair(db.prisma, staff(), { pairId, keepBeneficiaryId: kept, reason: 'again' }),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'pairId', reason: 'already_decided' }],
    });
  });

  it('keeps a pair apart with the reason, and hides other centres’ pairs', async () => {
    const [a, b] = [await person('Hussein'), await person('Husain')];
    const queued = await enqueueDuplicatePairs(db.prisma, ADMIN, {
      source: 'registration',
      pairs: [{ beneficiaryAId: a, beneficiaryBId: b, score: 0.88, reasons: ['similar_name'] }],
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    const pairId = queued.value.queued[0]!.id;
    expect(
      await keepDuplicatePairApart(db.prisma, staffOf(world.kirkuk), { pairId, reason: 'different fathers' }),
    ).toMatchObject({ ok: false, kind: 'not_found', field: 'pairId' });
    expect(await keepDuplicatePairApart(db.prisma, staff(), { pairId, reason: 'Different fathers' })).toMatchObject({
      ok: true,
      value: { status: 'kept_apart', decisionReason: 'Different fathers' },
    });
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: b } })).mergedIntoId).toBeNull();
  });
});
