import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { peopleRowCounts } from './people-counts';
import { seedPeople, type PeopleFixture } from './people-fixtures';

const TRANSITION = `mutation Transition($id: ID!, $to: ReferralStatus!, $note: String) {
  transitionReferral(id: $id, to: $to, note: $note) {
    __typename
    ... on Error { message }
    ... on IllegalTransitionError { from to allowed }
    ... on TransitionReferralSuccess { referral { status statusLabel closedOn allowedNextStatuses statusHistory { fromStatus toStatus note } } }
  }
}`;

interface TransitionResult {
  transitionReferral: {
    __typename: string;
    message?: string;
    from?: string;
    to?: string;
    allowed?: string[];
    referral?: {
      status: string;
      statusLabel: string;
      closedOn: string | null;
      allowedNextStatuses: string[];
      statusHistory: { fromStatus: string | null; toStatus: string; note: string | null }[];
    };
  };
}

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

function transition(to: string, options: { apiKey?: string; lang?: string; note?: string } = {}) {
  return gw.graphql<TransitionResult>(TRANSITION, {
    variables: {
      id: encodeGlobalID('Referral', f.referral),
      to,
      ...(options.note === undefined ? {} : { note: options.note }),
    },
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    ...(options.lang === undefined ? {} : { headers: { 'accept-language': options.lang } }),
  });
}

describe('transitionReferral', () => {
  it('lets only one of two simultaneous changes of the same referral through', async () => {
    const original = await gw.db.prisma.referral.findUniqueOrThrow({ where: { id: f.referral } });
    const fresh = await gw.db.prisma.referral.create({
      data: {
        beneficiaryId: original.beneficiaryId,
        fromCentreId: original.fromCentreId,
        toOrganisationId: original.toOrganisationId,
        serviceType: original.serviceType,
        status: 'requested',
        referredOn: original.referredOn,
      },
    });
    const id = encodeGlobalID('Referral', fresh.id);
    const [accept, decline] = await Promise.all(
      ['ACCEPTED', 'DECLINED'].map((to) =>
        gw.graphql<TransitionResult>(TRANSITION, { variables: { id, to }, apiKey: f.keys.STAFF_A }),
      ),
    );
    const outcomes = [accept, decline].map((result) => result?.data?.transitionReferral.__typename).sort();
    expect(outcomes).toEqual(['IllegalTransitionError', 'TransitionReferralSuccess']);
    expect(await gw.db.prisma.referralStatusChange.count({ where: { referralId: fresh.id } })).toBe(1);
  });

  it('refuses a move the lifecycle does not allow, naming both statuses in Arabic, and writes nothing', async () => {
    const before = await peopleRowCounts(gw);
    const result = (await transition('DRAFT', { apiKey: f.keys.STAFF_A, lang: 'ar' })).data?.transitionReferral;
    expect(result).toMatchObject({ __typename: 'IllegalTransitionError', from: 'REQUESTED', to: 'DRAFT' });
    expect(result?.allowed).toEqual(['ACCEPTED', 'DECLINED', 'CANCELLED', 'CLOSED_NO_RESPONSE']);
    expect(result?.message).toBe('لا يمكن نقل الإحالة من «مُرسَلة» إلى «مسودة»');
    const english = (await transition('DRAFT', { apiKey: f.keys.STAFF_A })).data?.transitionReferral;
    expect(english?.message).toBe('A referral cannot move from “Requested” to “Draft”');
    expect(await peopleRowCounts(gw)).toEqual(before);
    expect((await gw.db.prisma.referral.findUniqueOrThrow({ where: { id: f.referral } })).status).toBe('requested');
  });

  it('answers staff of another centre NotFoundError (as for an unknown id), refuses PUBLIC and PARTNER outright, writing nothing', async () => {
    const before = await peopleRowCounts(gw);
    expect((await transition('ACCEPTED', { apiKey: f.keys.STAFF_B })).data?.transitionReferral.__typename).toBe(
      'NotFoundError',
    );
    for (const apiKey of [undefined, f.keys.PARTNER]) {
      const refused = await transition('ACCEPTED', apiKey === undefined ? {} : { apiKey });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await peopleRowCounts(gw)).toEqual(before);
  });

  it('moves along the lifecycle, keeping every step in the history and the audit log, and closes on a final status', async () => {
    const before = await peopleRowCounts(gw);
    const accepted = (await transition('ACCEPTED', { apiKey: f.keys.STAFF_A, note: 'Appointment on Sunday' })).data
      ?.transitionReferral;
    expect(accepted?.referral).toMatchObject({ status: 'ACCEPTED', closedOn: null });
    const completed = (await transition('COMPLETED', { apiKey: f.keys.ADMIN })).data?.transitionReferral;
    expect(completed?.__typename).toBe('TransitionReferralSuccess');
    expect(completed?.referral?.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(completed?.referral?.allowedNextStatuses).toEqual([]);
    expect(completed?.referral?.statusHistory).toEqual([
      { fromStatus: null, toStatus: 'REQUESTED', note: null },
      { fromStatus: 'REQUESTED', toStatus: 'ACCEPTED', note: 'Appointment on Sunday' },
      { fromStatus: 'ACCEPTED', toStatus: 'COMPLETED', note: null },
    ]);
    expect(await peopleRowCounts(gw)).toEqual({
      ...before,
      referralStatusChanges: before.referralStatusChanges + 2,
      auditLog: before.auditLog + 2,
    });
    const audit = await gw.db.prisma.auditLog.findMany({
      where: { entity: 'Referral', entityId: f.referral },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((row) => [row.action, row.before, (row.after as { status: string }).status])).toEqual([
      ['transition', { status: 'requested', closedOn: null }, 'accepted'],
      ['transition', { status: 'accepted', closedOn: null }, 'completed'],
    ]);

    // A final status has no way out.
    const reopened = (await transition('IN_PROGRESS', { apiKey: f.keys.ADMIN })).data?.transitionReferral;
    expect(reopened).toMatchObject({
      __typename: 'IllegalTransitionError',
      from: 'COMPLETED',
      to: 'IN_PROGRESS',
      allowed: [],
    });
  });

  it('answers NotFoundError for an unknown referral', async () => {
    const result = await gw.graphql<TransitionResult>(TRANSITION, {
      variables: { id: encodeGlobalID('Referral', '99999999-9999-4999-8999-999999999999'), to: 'ACCEPTED' },
      apiKey: f.keys.ADMIN,
    });
    expect(result.data?.transitionReferral.__typename).toBe('NotFoundError');
  });
});
