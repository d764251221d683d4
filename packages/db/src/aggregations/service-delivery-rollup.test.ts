import type { ServiceType } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { ADMIN, type CommandWorld, useCommandWorld } from '../commands/command-fixtures.test-data';
import { recordServiceDelivery } from '../commands/record-service-delivery';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { reachInSql } from './reach-in-sql';

// service_delivery_rollup is derived data kept by triggers on service_delivery: after any
// write, in any transaction outcome, it must equal the deliveries counted afresh.

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

/** Rows of the rollup that differ from service_delivery counted per person, month, service type, centre and project. */
async function rollupDrift(): Promise<number> {
  const [row] = await db.prisma.$queryRaw<{ differing: number }[]>`
    WITH expected AS (
      SELECT beneficiary_id, date_trunc('month', delivered_on)::date AS month, service_type, centre_id,
             COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid) AS project_key, count(*)::int AS deliveries
      FROM service_delivery GROUP BY 1, 2, 3, 4, 5),
    actual AS (SELECT beneficiary_id, month, service_type, centre_id, project_key, deliveries FROM service_delivery_rollup)
    SELECT count(*)::int AS differing FROM ((SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) UNION ALL (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected)) AS d`;
  return row!.differing;
}

const rollupRows = async () => db.prisma.serviceDeliveryRollup.count();

describe(`service_delivery_rollup follows every write to service_delivery (database: ${TEST_DATABASE_KIND})`, () => {
  it('counts the deliveries recorded by the command, in its transaction', async () => {
    const record = (deliveredOn: string, serviceType: ServiceType, projectId: string | null) =>
      recordServiceDelivery(db.prisma, ADMIN, {
        beneficiaryId: world.jalawlaPerson,
        centreId: world.jalawla,
        serviceType,
        deliveredOn,
        projectId,
      });
    expect(await record('2018-02-01', 'legal_counselling', null)).toMatchObject({ ok: true });
    expect(await record('2018-02-20', 'legal_counselling', null)).toMatchObject({ ok: true }); // same person, month, service: same row
    expect(await record('2018-03-05', 'legal_counselling', world.project)).toMatchObject({ ok: true });
    expect(await rollupRows()).toBe(2);
    const feb = await db.prisma.serviceDeliveryRollup.findFirstOrThrow({
      where: { month: new Date('2018-02-01T00:00:00Z') },
    });
    expect(feb).toMatchObject({
      deliveries: 2,
      projectKey: '00000000-0000-0000-0000-000000000000',
      serviceType: 'legal_counselling',
    });
    expect(await rollupDrift()).toBe(0);
  });

  it('is untouched by a command that fails and by a transaction rolled back', async () => {
    const before = await db.prisma.serviceDeliveryRollup.findMany({ orderBy: { month: 'asc' } });
    const madeUpProject = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f9999';
    expect(
      await recordServiceDelivery(db.prisma, ADMIN, {
        beneficiaryId: world.jalawlaPerson,
        centreId: world.jalawla,
        serviceType: 'mediation',
        deliveredOn: '2018-04-01',
        projectId: madeUpProject,
      }),
    ).toMatchObject({ ok: false });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.serviceDelivery.create({
          data: {
            beneficiaryId: world.kirkukPerson,
            centreId: world.kirkuk,
            serviceType: 'mediation',
            deliveredOn: new Date('2018-04-02T00:00:00Z'),
          },
        });
        expect(await tx.serviceDeliveryRollup.count()).toBe(before.length + 1); // seen inside the transaction
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await db.prisma.serviceDeliveryRollup.findMany({ orderBy: { month: 'asc' } })).toEqual(before);
  });

  it('follows bulk inserts, moves to another month, project or person, deletions, a deleted project and TRUNCATE', async () => {
    const days = ['2018-01-31', '2018-02-01', '2018-02-28', '2018-03-01', '2018-03-15'];
    await db.prisma.serviceDelivery.createMany({
      data: days.flatMap((day, i) => [
        {
          beneficiaryId: world.jalawlaPerson,
          centreId: world.jalawla,
          serviceType: 'psychosocial_support',
          deliveredOn: new Date(`${day}T00:00:00Z`),
          projectId: i % 2 ? world.project : null,
        },
        {
          beneficiaryId: world.kirkukPerson,
          centreId: world.kirkuk,
          serviceType: 'psychosocial_support',
          deliveredOn: new Date(`${day}T00:00:00Z`),
        },
      ]),
    });
    expect(await rollupDrift()).toBe(0);

    // A correction moves deliveries: to the next month, under a project, to another person.
    await db.prisma
      .$executeRaw`UPDATE service_delivery SET delivered_on = delivered_on + 1 WHERE delivered_on = DATE '2018-01-31'`;
    await db.prisma.serviceDelivery.updateMany({
      where: { beneficiaryId: world.kirkukPerson },
      data: { projectId: world.project },
    });
    await db.prisma.serviceDelivery.updateMany({
      where: { deliveredOn: new Date('2018-03-15T00:00:00Z') },
      data: { beneficiaryId: world.kirkukPerson },
    });
    await db.prisma.serviceDelivery.updateMany({
      where: { serviceType: 'legal_counselling' },
      data: { notes: 'a note, no move' },
    });
    expect(await rollupDrift()).toBe(0);

    await db.prisma.serviceDelivery.deleteMany({ where: { deliveredOn: new Date('2018-02-28T00:00:00Z') } });
    expect(await rollupDrift()).toBe(0);

    // A project deleted: its deliveries' project_id becomes NULL (ON DELETE SET NULL), an UPDATE the triggers see.
    const doomed = await db.prisma.project.create({
      data: {
        code: 'DOOMED',
        programmeId: world.crp6,
        title: 'Doomed',
        type: 'community_assistance_project',
        sector: 'education',
        status: 'implementation',
      },
    });
    await db.prisma.serviceDelivery.updateMany({ where: { centreId: world.kirkuk }, data: { projectId: doomed.id } });
    await db.prisma.project.delete({ where: { id: doomed.id } });
    expect(
      await db.prisma.serviceDelivery.count({ where: { centreId: world.kirkuk, projectId: null } }),
    ).toBeGreaterThan(0);
    expect(await rollupDrift()).toBe(0);

    // Reach by service type reads the rollup: the same answer as counting the deliveries.
    const bySector = await reachInSql(db.prisma, {
      by: ['sector', 'serviceType'],
      filter: { from: '2018-02-01', to: '2018-02-28' },
    });
    expect(bySector.deliveries).toBe(
      await db.prisma.serviceDelivery.count({
        where: { deliveredOn: { gte: new Date('2018-02-01T00:00:00Z'), lte: new Date('2018-02-28T00:00:00Z') } },
      }),
    );

    await db.prisma.$executeRaw`TRUNCATE service_delivery`;
    expect(await rollupRows()).toBe(0);
  });
});
