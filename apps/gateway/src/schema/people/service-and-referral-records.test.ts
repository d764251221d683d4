import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { peopleRowCounts } from './people-counts';
import { seedPeople, type PeopleFixture } from './people-fixtures';

const RECORD = `mutation Record($input: RecordServiceDeliveryInput!) {
  recordServiceDelivery(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { field } }
    ... on ForbiddenError { field }
    ... on RecordServiceDeliverySuccess { serviceDelivery { serviceType course courseLabel deliveredOn beneficiary { givenName } } }
  }
}`;

const REFER = `mutation Refer($input: CreateReferralInput!) {
  createReferral(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { field } }
    ... on ForbiddenError { field }
    ... on CreateReferralSuccess { referral { status reason allowedNextStatuses statusHistory { fromStatus toStatus } } }
  }
}`;

type Result<K extends string> = Record<
  K,
  { __typename: string; field?: string; issues?: { field: string }[]; [key: string]: unknown }
>;

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

describe('recordServiceDelivery', () => {
  const delivery = () => ({
    beneficiaryId: encodeGlobalID('Beneficiary', f.beneficiary),
    centreId: f.centreA,
    serviceType: 'VOCATIONAL_TRAINING',
    course: 'SEWING_TAILORING',
    deliveredOn: '2024-03-01',
  });

  it('records a delivery with its course, and an audit row', async () => {
    const before = await peopleRowCounts(gw);
    const result = await gw.graphql<Result<'recordServiceDelivery'>>(RECORD, {
      variables: { input: delivery() },
      apiKey: f.keys.STAFF_A,
    });
    expect(result.data?.recordServiceDelivery).toEqual({
      __typename: 'RecordServiceDeliverySuccess',
      serviceDelivery: {
        serviceType: 'VOCATIONAL_TRAINING',
        course: 'SEWING_TAILORING',
        courseLabel: 'Sewing and tailoring',
        deliveredOn: '2024-03-01',
        beneficiary: { givenName: 'محمد' },
      },
    });
    expect(await peopleRowCounts(gw)).toEqual({
      ...before,
      serviceDeliveries: before.serviceDeliveries + 1,
      auditLog: before.auditLog + 1,
    });
  });

  it('refuses a course for a service that takes none, a person of another centre (not found), and writes nothing', async () => {
    const before = await peopleRowCounts(gw);
    const noCourse = await gw.graphql<Result<'recordServiceDelivery'>>(RECORD, {
      variables: { input: { ...delivery(), serviceType: 'LEGAL_COUNSELLING' } },
      apiKey: f.keys.STAFF_A,
    });
    expect(noCourse.data?.recordServiceDelivery.issues?.map((issue) => issue.field)).toEqual(['course']);
    const otherCentre = await gw.graphql<Result<'recordServiceDelivery'>>(RECORD, {
      variables: { input: { ...delivery(), centreId: f.centreB } },
      apiKey: f.keys.STAFF_B,
    });
    // Another centre's person is not found, as an id nobody has (existence-oracles.test.ts).
    expect(otherCentre.data?.recordServiceDelivery).toMatchObject({ __typename: 'NotFoundError' });
    expect(await peopleRowCounts(gw)).toEqual(before);
  });
});

describe('createReferral', () => {
  const referral = () => ({
    beneficiaryId: f.beneficiary,
    fromCentreId: encodeGlobalID('Centre', f.centreA),
    toOrganisationId: f.organisation,
    serviceType: 'REFERRAL_MHPSS',
    reason: 'Sleeps badly since the displacement',
    referredOn: '2024-03-02',
  });

  it('creates a draft with the first history entry and an audit row', async () => {
    const before = await peopleRowCounts(gw);
    const result = await gw.graphql<Result<'createReferral'>>(REFER, {
      variables: { input: referral() },
      apiKey: f.keys.STAFF_A,
    });
    expect(result.data?.createReferral).toEqual({
      __typename: 'CreateReferralSuccess',
      referral: {
        status: 'DRAFT',
        reason: 'Sleeps badly since the displacement',
        allowedNextStatuses: ['REQUESTED', 'CANCELLED'],
        statusHistory: [{ fromStatus: null, toStatus: 'DRAFT' }],
      },
    });
    expect(await peopleRowCounts(gw)).toEqual({
      ...before,
      referrals: before.referrals + 1,
      referralStatusChanges: before.referralStatusChanges + 1,
      auditLog: before.auditLog + 1,
    });
  });

  it('refuses a referral starting past `requested`, a missing reason, staff of another centre, and writes nothing', async () => {
    const before = await peopleRowCounts(gw);
    const invalid = await gw.graphql<Result<'createReferral'>>(REFER, {
      variables: { input: { ...referral(), status: 'accepted', reason: '  ' } },
      apiKey: f.keys.STAFF_A,
    });
    expect(invalid.data?.createReferral.issues?.map((issue) => issue.field).sort()).toEqual(['reason', 'status']);
    const forbidden = await gw.graphql<Result<'createReferral'>>(REFER, {
      variables: { input: referral() },
      apiKey: f.keys.STAFF_B,
    });
    expect(forbidden.data?.createReferral).toMatchObject({ __typename: 'NotFoundError' });
    const missing = await gw.graphql<Result<'createReferral'>>(REFER, {
      variables: { input: { ...referral(), toOrganisationId: '99999999-9999-4999-8999-999999999999' } },
      apiKey: f.keys.ADMIN,
    });
    expect(missing.data?.createReferral.__typename).toBe('NotFoundError');
    expect(await peopleRowCounts(gw)).toEqual(before);
  });
});
