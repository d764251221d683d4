import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { staffOf, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { notFound } from './command-result';
import { createReferral } from './create-referral';
import { recordServiceDelivery } from './record-service-delivery';

/** A well-formed id nobody has. */
const MADE_UP_ID = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f9999';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

describe(`domain fields kept in their own columns (${TEST_DATABASE_KIND})`, () => {
  const delivery = () =>
    ({
      beneficiaryId: world.jalawlaPerson,
      centreId: world.jalawla,
      serviceType: 'legal_counselling',
      deliveredOn: '2018-02-01',
    }) as const;

  it('ServiceDelivery.providerOrganisationId: stored, read back, and a missing organisation is NotFound', async () => {
    const staff = staffOf(world.jalawla);
    const recorded = await recordServiceDelivery(db.prisma, staff, {
      ...delivery(),
      providerOrganisationId: world.iom,
    });
    expect(recorded).toMatchObject({ ok: true, value: { providerOrganisationId: world.iom } });
    const id = recorded.ok ? recorded.value.id : '';
    const stored = await db.prisma.serviceDelivery.findUniqueOrThrow({
      where: { id },
      select: { providerOrganisation: { select: { id: true } } },
    });
    expect(stored.providerOrganisation?.id).toBe(world.iom);
    expect(
      await recordServiceDelivery(db.prisma, staff, { ...delivery(), providerOrganisationId: null }),
    ).toMatchObject({ ok: true, value: { providerOrganisationId: null } });
    expect(
      await recordServiceDelivery(db.prisma, staff, { ...delivery(), providerOrganisationId: MADE_UP_ID }),
    ).toEqual(notFound('Organisation', 'providerOrganisationId', MADE_UP_ID));
  });

  it('Referral.followUpOn: stored as a date, and one before the referral date is refused naming the field', async () => {
    const staff = staffOf(world.jalawla);
    const base = {
      beneficiaryId: world.jalawlaPerson,
      fromCentreId: world.jalawla,
      toOrganisationId: world.iom,
      serviceType: 'legal_counselling',
      status: 'requested',
      reason: 'Lost civil documents',
      referredOn: '2018-02-01',
    } as const;
    const created = await createReferral(db.prisma, staff, { ...base, followUpOn: '2018-02-15' });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    const stored = await db.prisma.referral.findUniqueOrThrow({ where: { id }, select: { followUpOn: true } });
    expect(stored.followUpOn?.toISOString().slice(0, 10)).toBe('2018-02-15');
    expect(await createReferral(db.prisma, staff, { ...base, followUpOn: '2018-01-15' })).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [{ field: 'followUpOn' }],
    });
  });
});
