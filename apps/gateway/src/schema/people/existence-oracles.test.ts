import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type GraphQLResponse, type TestGateway } from '../../testing/test-gateway';
import { peopleRowCounts } from './people-counts';
import { seedPeople, type PeopleFixture } from './people-fixtures';

/*
 * What a viewer may not see must be indistinguishable from what does not exist: for
 * every id of a hidden record, the answer equals the answer for a made-up id of the
 * same type, once the id itself is taken out of it (messages may repeat the id sent).
 */

/** Well-formed UUIDs nobody has. */
const MADE_UP = {
  beneficiary: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f1111',
  delivery: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f2222',
  referral: '0b7c6f4e-96a4-4b8e-9d1d-6a1a4c1f3333',
};

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

/** The response with every occurrence of `ids` replaced by a placeholder. */
function withoutIds(response: GraphQLResponse, ids: readonly string[]): unknown {
  let text = JSON.stringify(response);
  for (const id of ids) text = text.split(id).join('<id>');
  return JSON.parse(text);
}

const keyOf = (role: 'PUBLIC' | 'PARTNER' | 'STAFF_B') => (role === 'PUBLIC' ? {} : { apiKey: f.keys[role] });

describe('node(id) and nodes(ids)', () => {
  const NODE = 'query($id: ID!) { node(id: $id) { id __typename } }';
  const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }';
  const hidden = () =>
    [
      ['Beneficiary', f.beneficiary, MADE_UP.beneficiary],
      ['ServiceDelivery', f.delivery, MADE_UP.delivery],
      ['Referral', f.referral, MADE_UP.referral],
    ] as const;

  it.each(['PUBLIC', 'PARTNER', 'STAFF_B'] as const)(
    'answer %s the same for a person, service or referral it may not see and for a made-up id',
    async (role) => {
      for (const [type, real, madeUp] of hidden()) {
        const [realId, madeUpId] = [encodeGlobalID(type, real), encodeGlobalID(type, madeUp)];
        const seen = await gw.graphql(NODE, { variables: { id: realId }, ...keyOf(role) });
        const unknown = await gw.graphql(NODE, { variables: { id: madeUpId }, ...keyOf(role) });
        expect(seen, `${role} node ${type}`).toEqual({ status: 200, data: { node: null } });
        expect(withoutIds(seen, [realId]), `${role} node ${type}`).toEqual(withoutIds(unknown, [madeUpId]));

        const many = await gw.graphql(NODES, { variables: { ids: [realId, madeUpId] }, ...keyOf(role) });
        expect(many, `${role} nodes ${type}`).toEqual({ status: 200, data: { nodes: [null, null] } });
      }
    },
  );

  it('still answers the record to those who may see it (the check can fail)', async () => {
    for (const [type, real] of hidden()) {
      const id = encodeGlobalID(type, real);
      for (const apiKey of [f.keys.STAFF_A, f.keys.ADMIN]) {
        expect(await gw.graphql(NODES, { variables: { ids: [id] }, apiKey })).toEqual({
          status: 200,
          data: { nodes: [{ id, __typename: type }] },
        });
      }
    }
  });
});

describe('people mutations on another centre’s person', () => {
  const RECORD = `mutation($input: RecordServiceDeliveryInput!) { recordServiceDelivery(input: $input) { __typename ... on Error { message } ... on NotFoundError { entity id } } }`;
  const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { __typename ... on Error { message } ... on NotFoundError { entity id } } }`;
  const TRANSITION = `mutation($id: ID!) { transitionReferral(id: $id, to: ACCEPTED) { __typename ... on Error { message } ... on NotFoundError { entity id } } }`;

  const cases = () => [
    {
      name: 'recordServiceDelivery',
      query: RECORD,
      variables: (person: string) => ({
        input: {
          beneficiaryId: person,
          centreId: f.centreB,
          serviceType: 'LEGAL_COUNSELLING',
          deliveredOn: '2024-03-01',
        },
      }),
      real: f.beneficiary,
      madeUp: MADE_UP.beneficiary,
    },
    {
      name: 'createReferral',
      query: REFER,
      variables: (person: string) => ({
        input: {
          beneficiaryId: person,
          fromCentreId: f.centreB,
          toOrganisationId: f.organisation,
          serviceType: 'REFERRAL_MHPSS',
          reason: 'Needs support',
          referredOn: '2024-03-02',
        },
      }),
      real: f.beneficiary,
      madeUp: MADE_UP.beneficiary,
    },
    {
      name: 'transitionReferral',
      query: TRANSITION,
      variables: (referral: string) => ({ id: referral }),
      real: f.referral,
      madeUp: MADE_UP.referral,
    },
  ];

  it.each(['recordServiceDelivery', 'createReferral', 'transitionReferral'])(
    '%s answers staff of another centre exactly as for an id nobody has, and writes nothing',
    async (name) => {
      const mutation = cases().find((c) => c.name === name)!;
      const before = await peopleRowCounts(gw);
      const real = await gw.graphql<Record<string, { __typename: string }>>(mutation.query, {
        variables: mutation.variables(mutation.real),
        apiKey: f.keys.STAFF_B,
      });
      const madeUp = await gw.graphql(mutation.query, {
        variables: mutation.variables(mutation.madeUp),
        apiKey: f.keys.STAFF_B,
      });
      expect(real.data?.[name]?.__typename).toBe('NotFoundError');
      expect(withoutIds(real, [mutation.real])).toEqual(withoutIds(madeUp, [mutation.madeUp]));
      expect(await peopleRowCounts(gw)).toEqual(before);
    },
  );
});
