import { describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { TEST_DATABASE_KIND } from '../testing/test-database';
import { ADMIN, staffOf, writtenRows, type CommandWorld, useCommandWorld } from './command-fixtures.test-data';
import { notFound } from './command-result';
import { createReferral, type CreateReferralInput } from './create-referral';
import { recordServiceDelivery } from './record-service-delivery';
import { transitionReferral } from './transition-referral';

/** A well-formed id nobody has: a hidden person must be answered exactly like it. */
const MADE_UP_ID = '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f9999';

let db: Db;
let world: CommandWorld;
useCommandWorld((opened) => ({ db, world } = opened));

const referral = (overrides: Partial<CreateReferralInput> = {}): CreateReferralInput => ({
  beneficiaryId: world.jalawlaPerson,
  fromCentreId: world.jalawla,
  toOrganisationId: world.iom,
  serviceType: 'legal_counselling',
  status: 'requested',
  reason: 'Lost civil documents',
  referredOn: '2018-02-01',
  ...overrides,
});

describe(`recordServiceDelivery (${TEST_DATABASE_KIND})`, () => {
  it('records a service for a person of the staff’s centre, audited', async () => {
    const before = await writtenRows(db.prisma);
    const result = await recordServiceDelivery(db.prisma, staffOf(world.jalawla), {
      beneficiaryId: world.jalawlaPerson,
      centreId: world.jalawla,
      serviceType: 'legal_counselling',
      deliveredOn: '2018-02-01',
      course: null,
    });
    expect(result).toMatchObject({ ok: true, value: { beneficiaryId: world.jalawlaPerson, course: null } });
    expect(await writtenRows(db.prisma)).toEqual({
      ...before,
      serviceDeliveries: before.serviceDeliveries + 1,
      auditLog: before.auditLog + 1,
    });
  });

  it('refuses another centre’s person (NotFound, as an id nobody has) or centre (Forbidden), a missing project (NotFound) and a course on a service without one (Invalid)', async () => {
    const before = await writtenRows(db.prisma);
    const staff = staffOf(world.jalawla);
    const base = {
      beneficiaryId: world.jalawlaPerson,
      centreId: world.jalawla,
      serviceType: 'legal_counselling',
      deliveredOn: '2018-02-01',
    } as const;
    expect(await recordServiceDelivery(db.prisma, staff, { ...base, beneficiaryId: world.kirkukPerson })).toEqual(
      notFound('Beneficiary', 'beneficiaryId', world.kirkukPerson),
    );
    expect(await recordServiceDelivery(db.prisma, staff, { ...base, beneficiaryId: MADE_UP_ID })).toEqual(
      notFound('Beneficiary', 'beneficiaryId', MADE_UP_ID),
    );
    expect(await recordServiceDelivery(db.prisma, staff, { ...base, centreId: world.kirkuk })).toMatchObject({
      kind: 'forbidden',
      field: 'centreId',
      reason: 'centre_not_yours',
    });
    expect(
      await recordServiceDelivery(db.prisma, staff, { ...base, projectId: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000' }),
    ).toMatchObject({ kind: 'not_found', entity: 'Project' });
    expect(await recordServiceDelivery(db.prisma, staff, { ...base, course: 'sewing_tailoring' })).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'course' }],
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });
});

describe(`createReferral and transitionReferral (${TEST_DATABASE_KIND})`, () => {
  it('creates a referral with the first entry of its history naming the actor', async () => {
    const staff = staffOf(world.jalawla);
    const result = await createReferral(db.prisma, staff, referral());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const history = await db.prisma.referralStatusChange.findMany({ where: { referralId: result.value.id } });
    expect(history).toMatchObject([{ fromStatus: null, toStatus: 'requested', changedBy: staff.name }]);
  });

  it('refuses a person of another centre, an unknown organisation and a status a referral cannot start in', async () => {
    const before = await writtenRows(db.prisma);
    const staff = staffOf(world.jalawla);
    expect(await createReferral(db.prisma, staff, referral({ beneficiaryId: world.kirkukPerson }))).toEqual(
      notFound('Beneficiary', 'beneficiaryId', world.kirkukPerson),
    );
    expect(await createReferral(db.prisma, staff, referral({ beneficiaryId: MADE_UP_ID }))).toEqual(
      notFound('Beneficiary', 'beneficiaryId', MADE_UP_ID),
    );
    expect(
      await createReferral(db.prisma, staff, referral({ toOrganisationId: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f0000' })),
    ).toMatchObject({
      kind: 'not_found',
      entity: 'Organisation',
      field: 'toOrganisationId',
    });
    expect(await createReferral(db.prisma, staff, referral({ status: 'accepted' as 'requested' }))).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'status' }],
    });
    expect(await writtenRows(db.prisma)).toEqual(before);
  });

  it('moves a referral along its lifecycle, closing it on a final status; an illegal move is a typed failure naming what is allowed', async () => {
    const created = await createReferral(db.prisma, ADMIN, referral());
    if (!created.ok) throw new Error(JSON.stringify(created));
    const referralId = created.value.id;
    expect(await transitionReferral(db.prisma, ADMIN, { referralId, change: { status: 'draft' } })).toEqual({
      ok: false,
      kind: 'illegal_transition',
      from: 'requested',
      to: 'draft',
      allowed: ['accepted', 'declined', 'cancelled', 'closed_no_response'],
    });
    expect(
      await transitionReferral(db.prisma, ADMIN, {
        referralId,
        change: { status: 'declined', changedOn: '2018-02-03', note: 'Full' },
      }),
    ).toMatchObject({
      ok: true,
      value: { status: 'declined', closedOn: new Date('2018-02-03T00:00:00Z') },
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: referralId, action: 'transition' } });
    expect(audit).toMatchObject({ before: { status: 'requested', closedOn: null }, after: { status: 'declined' } });
  });

  it('answers NotFound for an unknown or malformed referral id and for another centre’s referral alike', async () => {
    expect(
      await transitionReferral(db.prisma, ADMIN, { referralId: 'nope', change: { status: 'accepted' } }),
    ).toMatchObject({ kind: 'not_found', entity: 'Referral', field: 'id' });
    const created = await createReferral(db.prisma, ADMIN, referral());
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(
      await transitionReferral(db.prisma, staffOf(world.kirkuk), {
        referralId: created.value.id,
        change: { status: 'accepted' },
      }),
    ).toEqual(notFound('Referral', 'id', created.value.id));
    expect(
      await transitionReferral(db.prisma, staffOf(world.kirkuk), {
        referralId: MADE_UP_ID,
        change: { status: 'accepted' },
      }),
    ).toEqual(notFound('Referral', 'id', MADE_UP_ID));
    expect(
      await transitionReferral(db.prisma, ADMIN, {
        referralId: created.value.id,
        change: { status: 'accepted', changedOn: '2999-01-01' },
      }),
    ).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'changedOn' }],
    });
  });

  it('lets only one of two simultaneous changes of the same referral through (the row lock)', async () => {
    const created = await createReferral(db.prisma, ADMIN, referral());
    if (!created.ok) throw new Error(JSON.stringify(created));
    const outcomes = await Promise.all(
      (['accepted', 'declined'] as const).map((status) =>
        transitionReferral(db.prisma, ADMIN, { referralId: created.value.id, change: { status } }),
      ),
    );
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.kind)).sort()).toEqual(['illegal_transition', 'ok']);
    expect(await db.prisma.referralStatusChange.count({ where: { referralId: created.value.id } })).toBe(2);
  });
});
