import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, staffOf, type CommandWorld, useCommandWorld } from '../commands/command-fixtures.test-data';
import { enqueueDuplicatePairs } from '../commands/enqueue-duplicate-pairs';
import { erasePerson } from '../commands/erase-person';
import { mergeDuplicatePair } from '../commands/merge-duplicate-pair';
import { recordServiceDelivery } from '../commands/record-service-delivery';
import { withdrawConsent } from '../commands/withdraw-consent';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';

// beneficiary_reach_rollup is derived data kept by triggers on service_delivery and
// beneficiary: after any write, in any transaction outcome, it must equal what it
// summarises, computed afresh.

let testDb: TestDatabase;
let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ testDb, db, world } = opened));

/** Rows of the rollup that differ from service_delivery counted per person, with the person's columns. */
async function rollupDrift(): Promise<number> {
  const [row] = await db.prisma.$queryRaw<{ differing: number }[]>`
    WITH expected AS (
      SELECT b.id, c.deliveries, c.first_on, c.last_on, b.record_key, b.sex, b.population_group, b.area_pcode,
             b.birth_date, b.consent_purposes_withdrawn, b.disability_seeing, b.disability_hearing, b.disability_walking,
             b.disability_cognition, b.disability_self_care, b.disability_communication
      FROM (SELECT beneficiary_id, count(*)::int AS deliveries, min(delivered_on) AS first_on, max(delivered_on) AS last_on
            FROM service_delivery GROUP BY 1) AS c
      JOIN beneficiary b ON b.id = c.beneficiary_id),
    actual AS (
      SELECT beneficiary_id, deliveries, first_delivered_on, last_delivered_on, record_key, sex, population_group, area_pcode,
             birth_date, consent_purposes_withdrawn, disability_seeing, disability_hearing, disability_walking,
             disability_cognition, disability_self_care, disability_communication
      FROM beneficiary_reach_rollup)
    SELECT count(*)::int AS differing FROM ((SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) UNION ALL (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected)) AS d`;
  return row!.differing;
}

const rollupOf = (beneficiaryId: string) => db.prisma.beneficiaryReachRollup.findUnique({ where: { beneficiaryId } });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function person(givenName: string): Promise<string> {
  const row = await db.prisma.beneficiary.create({
    data: {
      registrationCentreId: world.jalawla,
      givenName,
      familyName: 'Rollup',
      nameKey: `${givenName} rollup`,
      sex: 'female',
      populationGroup: 'returnee',
      areaOfResidencePcode: 'IQG10Q05',
      dateOfBirth: day('1990-06-15'),
      registeredOn: day('2018-01-10'),
    },
  });
  return row.id;
}

async function deliver(beneficiaryId: string, deliveredOn: string): Promise<void> {
  await db.prisma.serviceDelivery.create({
    data: { beneficiaryId, centreId: world.jalawla, serviceType: 'mediation', deliveredOn: day(deliveredOn) },
  });
}

describe(`beneficiary_reach_rollup follows every write to service_delivery and beneficiary (database: ${TEST_DATABASE_KIND})`, () => {
  it('counts the deliveries recorded by the command, with first and last dates, in its transaction', async () => {
    const record = (deliveredOn: string) =>
      recordServiceDelivery(db.prisma, ADMIN, {
        beneficiaryId: world.jalawlaPerson,
        centreId: world.jalawla,
        serviceType: 'legal_counselling',
        deliveredOn,
      });
    expect(await rollupOf(world.jalawlaPerson)).toBeNull(); // nobody without deliveries has a row
    expect(await record('2018-02-20')).toMatchObject({ ok: true });
    expect(await record('2018-02-01')).toMatchObject({ ok: true });
    expect(await record('2018-03-05')).toMatchObject({ ok: true });
    expect(await rollupOf(world.jalawlaPerson)).toMatchObject({
      deliveries: 3,
      firstDeliveredOn: day('2018-02-01'),
      lastDeliveredOn: day('2018-03-05'),
    });
    expect(await rollupDrift()).toBe(0);
  });

  it('is untouched by a command that fails and by a transaction rolled back', async () => {
    const before = await db.prisma.beneficiaryReachRollup.findMany({ orderBy: { beneficiaryId: 'asc' } });
    expect(
      await recordServiceDelivery(db.prisma, ADMIN, {
        beneficiaryId: world.kirkukPerson,
        centreId: world.kirkuk,
        serviceType: 'mediation',
        deliveredOn: '2018-04-01',
        projectId: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f9999',
      }),
    ).toMatchObject({ ok: false });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.serviceDelivery.create({
          data: {
            beneficiaryId: world.kirkukPerson,
            centreId: world.kirkuk,
            serviceType: 'mediation',
            deliveredOn: day('2018-04-02'),
          },
        });
        await tx.beneficiary.update({ where: { id: world.jalawlaPerson }, data: { sex: 'male' } });
        expect(await tx.beneficiaryReachRollup.count()).toBe(before.length + 1); // seen inside the transaction
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await db.prisma.beneficiaryReachRollup.findMany({ orderBy: { beneficiaryId: 'asc' } })).toEqual(before);
  });

  it('follows bulk inserts, moves to another date or person, deletions, notes and TRUNCATE', async () => {
    const [a, b] = [await person('Amal'), await person('Basma')];
    const days = ['2018-01-31', '2018-02-01', '2018-02-28', '2018-03-01', '2018-03-15'];
    await db.prisma.serviceDelivery.createMany({
      data: days.flatMap((deliveredOn) =>
        [a, b].map((beneficiaryId) => ({
          beneficiaryId,
          centreId: world.jalawla,
          serviceType: 'psychosocial_support',
          deliveredOn: day(deliveredOn),
        })),
      ),
    });
    expect(await rollupOf(a)).toMatchObject({ deliveries: 5, firstDeliveredOn: day('2018-01-31') });
    expect(await rollupDrift()).toBe(0);

    // Corrections: the first delivery moves a day later, the last ones to the other person.
    await db.prisma
      .$executeRaw`UPDATE service_delivery SET delivered_on = delivered_on + 1 WHERE delivered_on = DATE '2018-01-31'`;
    expect(await rollupOf(a)).toMatchObject({ deliveries: 5, firstDeliveredOn: day('2018-02-01') });
    await db.prisma.serviceDelivery.updateMany({
      where: { beneficiaryId: a, deliveredOn: { gte: day('2018-03-01') } },
      data: { beneficiaryId: b },
    });
    expect(await rollupOf(a)).toMatchObject({ deliveries: 3, lastDeliveredOn: day('2018-02-28') });
    expect(await rollupOf(b)).toMatchObject({ deliveries: 7 });
    await db.prisma.serviceDelivery.updateMany({ where: { beneficiaryId: b }, data: { notes: 'a note, no move' } });
    expect(await rollupDrift()).toBe(0);

    // Every delivery of a person deleted: the person leaves the rollup.
    await db.prisma.serviceDelivery.deleteMany({ where: { beneficiaryId: a } });
    expect(await rollupOf(a)).toBeNull();
    await db.prisma.serviceDelivery.deleteMany({ where: { beneficiaryId: b, deliveredOn: day('2018-03-15') } });
    expect(await rollupOf(b)).toMatchObject({ deliveries: 5, lastDeliveredOn: day('2018-03-01') });
    expect(await rollupDrift()).toBe(0);
  });

  it("follows a person's corrections, a consent withdrawn, an erasure and a merge", async () => {
    const [kept, merged] = [await person('Dalia'), await person('Daliya')];
    await deliver(kept, '2018-05-01');
    await deliver(merged, '2018-04-01');
    await deliver(merged, '2018-06-01');

    await db.prisma.beneficiary.update({
      where: { id: kept },
      data: { sex: 'male', areaOfResidencePcode: 'IQG10Q05N01', disabilitySeeing: 'a_lot_of_difficulty' },
    });
    expect(await rollupOf(kept)).toMatchObject({
      sex: 'male',
      areaOfResidencePcode: 'IQG10Q05N01',
      disabilitySeeing: 'a_lot_of_difficulty',
    });
    expect(
      await withdrawConsent(db.prisma, ADMIN, {
        beneficiaryId: kept,
        withdrawnOn: '2018-07-01',
        purposes: ['data_processing'],
      }),
    ).toMatchObject({ ok: true });
    expect(await rollupOf(kept)).toMatchObject({ consentPurposesWithdrawn: ['data_processing'] });
    expect(await erasePerson(db.prisma, ADMIN, { beneficiaryId: kept })).toMatchObject({ ok: true });
    expect(await rollupOf(kept)).toMatchObject({ dateOfBirth: day('1990-06-01') }); // cut to its month
    expect(await rollupDrift()).toBe(0);

    const queued = await enqueueDuplicatePairs(db.prisma, staffOf(world.jalawla), {
      source: 'import:test',
      pairs: [{ beneficiaryAId: kept, beneficiaryBId: merged, score: 0.95, reasons: ['similar_name'] }],
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    expect(
      await mergeDuplicatePair(db.prisma, staffOf(world.jalawla), {
        pairId: queued.value.queued[0]!.id,
        keepBeneficiaryId: kept,
        reason: 'same person',
      }),
    ).toMatchObject({ ok: true });
    expect(await rollupOf(merged)).toBeNull(); // its deliveries moved to the kept record
    expect(await rollupOf(kept)).toMatchObject({
      deliveries: 3,
      firstDeliveredOn: day('2018-04-01'),
      lastDeliveredOn: day('2018-06-01'),
    });
    expect(await rollupDrift()).toBe(0);
  });

  it('is emptied by TRUNCATE service_delivery', async () => {
    expect(await db.prisma.beneficiaryReachRollup.count()).toBeGreaterThan(0);
    await db.prisma.$executeRaw`TRUNCATE service_delivery`;
    expect(await db.prisma.beneficiaryReachRollup.count()).toBe(0);
  });
});

// The triggers' locks, tried with two sessions of our own so the test decides which
// transaction waits for which (PGlite has one connection: nothing runs concurrently there).
describe.runIf(TEST_DATABASE_KIND === 'postgresql')('beneficiary_reach_rollup with concurrent writers', () => {
  let first: pg.Client;
  let second: pg.Client;
  beforeAll(async () => {
    [first, second] = [
      new pg.Client({ connectionString: testDb.url }),
      new pg.Client({ connectionString: testDb.url }),
    ];
    await Promise.all([first.connect(), second.connect()]);
  });
  afterAll(async () => {
    await Promise.all([first?.end(), second?.end()]);
  });

  const insertDelivery = (session: pg.Client, beneficiaryId: string, deliveredOn: string) =>
    session.query(
      `INSERT INTO service_delivery (beneficiary_id, centre_id, service_type, delivered_on) VALUES ($1, $2, 'mediation', $3)`,
      [beneficiaryId, world.jalawla, deliveredOn],
    );
  const deleteDeliveries = (session: pg.Client, beneficiaryId: string, deliveredOn: string) =>
    session.query('DELETE FROM service_delivery WHERE beneficiary_id = $1 AND delivered_on = $2', [
      beneficiaryId,
      deliveredOn,
    ]);

  /** Resolves once `session`'s running statement waits for a lock held by the other transaction. */
  async function waitsForLock(session: pg.Client): Promise<void> {
    const pid = (session as pg.Client & { processID: number }).processID;
    for (let tries = 0; tries < 1_000; tries += 1) {
      const [row] = await db.prisma.$queryRaw<{ waiting: boolean }[]>`
        SELECT coalesce(wait_event_type = 'Lock', false) AS waiting FROM pg_stat_activity WHERE pid = ${pid}`;
      if (row?.waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`session ${pid} never waited for a lock`);
  }

  /** `before` writes and holds its transaction open; `after`'s write must wait for it; then both commit. */
  async function interleave(
    before: (session: pg.Client) => Promise<unknown>,
    after: (session: pg.Client) => Promise<unknown>,
  ) {
    await first.query('BEGIN');
    await before(first);
    await second.query('BEGIN');
    const blocked = after(second);
    await waitsForLock(second);
    await first.query('COMMIT');
    await blocked;
    await second.query('COMMIT');
  }

  it('loses no count when a delivery is added while another of the same person is deleted, in either order', async () => {
    const [p, q] = [await person('Concurrent'), await person('Konkurrent')];
    for (const someone of [p, q]) {
      await deliver(someone, '2019-01-01');
      await deliver(someone, '2019-02-01');
    }
    // The insert first: the delete's recount waits for it, then counts it.
    await interleave(
      (session) => insertDelivery(session, p, '2019-03-01'),
      (session) => deleteDeliveries(session, p, '2019-01-01'),
    );
    expect(await rollupOf(p)).toMatchObject({
      deliveries: 2,
      firstDeliveredOn: day('2019-02-01'),
      lastDeliveredOn: day('2019-03-01'),
    });
    // The delete first: the insert waits for its recount, then adds to it.
    await interleave(
      (session) => deleteDeliveries(session, q, '2019-01-01'),
      (session) => insertDelivery(session, q, '2019-03-01'),
    );
    expect(await rollupOf(q)).toMatchObject({
      deliveries: 2,
      firstDeliveredOn: day('2019-02-01'),
      lastDeliveredOn: day('2019-03-01'),
    });
    expect(await rollupDrift()).toBe(0);
  });

  it('adds both first deliveries of a person reached by two transactions at once, and copies a correction made meanwhile', async () => {
    const r = await person('Simultaneous');
    await interleave(
      (session) => insertDelivery(session, r, '2019-05-01'),
      (session) => insertDelivery(session, r, '2019-04-01'),
    );
    expect(await rollupOf(r)).toMatchObject({ deliveries: 2, firstDeliveredOn: day('2019-04-01') });
    // A correction of the person while a delivery is added: the rollup ends with the new sex.
    await interleave(
      (session) => insertDelivery(session, r, '2019-06-01'),
      (session) => session.query(`UPDATE beneficiary SET sex = 'male' WHERE id = $1`, [r]),
    );
    expect(await rollupOf(r)).toMatchObject({ deliveries: 3, sex: 'male' });
    expect(await rollupDrift()).toBe(0);
  });
});
