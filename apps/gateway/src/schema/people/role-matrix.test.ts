import { BENEFICIARY_PERSONAL_FIELDS } from '@crc/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { PERSON_AT_A, seedPeople, type PeopleFixture } from './people-fixtures';
import { REFERRAL_PERSONAL_FIELDS } from './personal-fields';

/*
 * For every personal field the domain registers, every role, and every way the
 * schema offers to reach it: exactly ADMIN and CENTRE_STAFF of the person's centre
 * get the value. A refusal is checked on the whole response (data and errors), so a
 * value leaking through an error message or another field fails too.
 */

type Role = 'PUBLIC' | 'PARTNER' | 'STAFF_A' | 'STAFF_B' | 'ADMIN';
const ROLES: readonly Role[] = ['PUBLIC', 'PARTNER', 'STAFF_A', 'STAFF_B', 'ADMIN'];
const MAY_SEE: readonly Role[] = ['STAFF_A', 'ADMIN'];

/** The seeded value of each personal field, as the API serves it. */
const SEEDED: Readonly<Record<string, string>> = PERSON_AT_A;

interface AccessPath {
  readonly name: string;
  readonly query: (field: string, f: PeopleFixture) => string;
  /** Where the value sits in `data` when the role may see it. */
  readonly valueAt: (data: Record<string, unknown>, field: string) => unknown;
}

function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current as Record<string | number, unknown> | null | undefined)?.[key],
    value,
  );
}

const beneficiaryId = (f: PeopleFixture) => encodeGlobalID('Beneficiary', f.beneficiary);
const deliveryId = (f: PeopleFixture) => encodeGlobalID('ServiceDelivery', f.delivery);
const referralId = (f: PeopleFixture) => encodeGlobalID('Referral', f.referral);

const BENEFICIARY_PATHS: readonly AccessPath[] = [
  {
    name: 'beneficiary(id)',
    query: (field, f) => `{ beneficiary(id: "${beneficiaryId(f)}") { ${field} } }`,
    valueAt: (data, field) => at(data, 'beneficiary', field),
  },
  {
    name: 'node(id) on Beneficiary',
    query: (field, f) => `{ node(id: "${beneficiaryId(f)}") { ... on Beneficiary { ${field} } } }`,
    valueAt: (data, field) => at(data, 'node', field),
  },
  {
    name: 'beneficiaries',
    query: (field) => `{ beneficiaries { edges { node { ${field} } } } }`,
    valueAt: (data, field) => at(data, 'beneficiaries', 'edges', 0, 'node', field),
  },
  {
    name: 'serviceDeliveries → beneficiary',
    query: (field) => `{ serviceDeliveries { edges { node { beneficiary { ${field} } } } } }`,
    valueAt: (data, field) => at(data, 'serviceDeliveries', 'edges', 0, 'node', 'beneficiary', field),
  },
  {
    name: 'referrals → beneficiary',
    query: (field) => `{ referrals { edges { node { beneficiary { ${field} } } } } }`,
    valueAt: (data, field) => at(data, 'referrals', 'edges', 0, 'node', 'beneficiary', field),
  },
  {
    name: 'node(id) on ServiceDelivery → beneficiary',
    query: (field, f) => `{ node(id: "${deliveryId(f)}") { ... on ServiceDelivery { beneficiary { ${field} } } } }`,
    valueAt: (data, field) => at(data, 'node', 'beneficiary', field),
  },
  {
    name: 'node(id) on Referral → beneficiary',
    query: (field, f) => `{ node(id: "${referralId(f)}") { ... on Referral { beneficiary { ${field} } } } }`,
    valueAt: (data, field) => at(data, 'node', 'beneficiary', field),
  },
];

const REFERRAL_PATHS: readonly AccessPath[] = [
  {
    name: 'referrals',
    query: (field) => `{ referrals { edges { node { ${field} } } } }`,
    valueAt: (data, field) => at(data, 'referrals', 'edges', 0, 'node', field),
  },
  {
    name: 'node(id) on Referral',
    query: (field, f) => `{ node(id: "${referralId(f)}") { ... on Referral { ${field} } } }`,
    valueAt: (data, field) => at(data, 'node', field),
  },
  {
    name: 'beneficiary(id) → referrals',
    query: (field, f) => `{ beneficiary(id: "${beneficiaryId(f)}") { referrals { edges { node { ${field} } } } } }`,
    valueAt: (data, field) => at(data, 'beneficiary', 'referrals', 'edges', 0, 'node', field),
  },
  {
    name: 'node(id) on Beneficiary → referrals',
    query: (field, f) =>
      `{ node(id: "${beneficiaryId(f)}") { ... on Beneficiary { referrals { edges { node { ${field} } } } } } }`,
    valueAt: (data, field) => at(data, 'node', 'referrals', 'edges', 0, 'node', field),
  },
  {
    name: 'beneficiaries → referrals',
    query: (field) => `{ beneficiaries { edges { node { referrals { edges { node { ${field} } } } } } } }`,
    valueAt: (data, field) => at(data, 'beneficiaries', 'edges', 0, 'node', 'referrals', 'edges', 0, 'node', field),
  },
];

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

function apiKeyOf(role: Role): string | undefined {
  return role === 'PUBLIC' ? undefined : f.keys[role];
}

/** For one field and path: which roles got the seeded value (and it was exactly that value). */
async function rolesThatSee(field: string, path: AccessPath): Promise<Role[]> {
  const expected = SEEDED[field];
  if (expected === undefined)
    throw new Error(`no seeded value for personal field ${field}: add it to people-fixtures.ts`);
  const seeing: Role[] = [];
  for (const role of ROLES) {
    const apiKey = apiKeyOf(role);
    const result = await gw.graphql<Record<string, unknown>>(
      path.query(field, f),
      apiKey === undefined ? {} : { apiKey },
    );
    expect(result.status, `${role} ${path.name} ${field}`).toBe(200);
    const anywhere = JSON.stringify(result).includes(expected);
    const where = path.valueAt(result.data ?? {}, field);
    if (anywhere || (where !== undefined && where !== null)) {
      // Whoever gets anything gets the exact value, at the expected place.
      expect(where, `${role} ${path.name} ${field}`).toBe(expected);
      seeing.push(role);
    }
  }
  return seeing;
}

const storedBeneficiaryFields = BENEFICIARY_PERSONAL_FIELDS;

describe('personal data by role', () => {
  it('covers every personal field of the domain registry', () => {
    // Guards the guard: a registry that came back empty would make the matrix pass vacuously.
    expect(storedBeneficiaryFields).toEqual(
      expect.arrayContaining(['givenName', 'familyName', 'fatherName', 'phone', 'dateOfBirth']),
    );
    expect(REFERRAL_PERSONAL_FIELDS).toEqual(['reason']);
  });

  describe.each(storedBeneficiaryFields)('Beneficiary.%s', (field) => {
    it.each(BENEFICIARY_PATHS.map((path) => [path.name, path] as const))(
      'through %s: only ADMIN and staff of the centre',
      async (_name, path) => {
        expect(await rolesThatSee(field, path)).toEqual(MAY_SEE);
      },
    );
  });

  describe.each(REFERRAL_PERSONAL_FIELDS)('Referral.%s', (field) => {
    it.each(REFERRAL_PATHS.map((path) => [path.name, path] as const))(
      'through %s: only ADMIN and staff of the centre',
      async (_name, path) => {
        expect(await rolesThatSee(field, path)).toEqual(MAY_SEE);
      },
    );
  });

  it('refuses PUBLIC and PARTNER the people lists with FORBIDDEN, and staff of another centre see an empty list', async () => {
    const query = '{ beneficiaries { totalCount } serviceDeliveries { totalCount } referrals { totalCount } }';
    for (const role of ['PUBLIC', 'PARTNER'] as const) {
      const apiKey = apiKeyOf(role);
      const result = await gw.graphql(query, apiKey === undefined ? {} : { apiKey });
      expect(result.data, role).toEqual({ beneficiaries: null, serviceDeliveries: null, referrals: null });
      expect(
        result.errors?.map((error) => error.extensions?.['code']),
        role,
      ).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    const other = await gw.graphql(query, { apiKey: f.keys.STAFF_B });
    expect(other.data).toEqual({
      beneficiaries: { totalCount: 0 },
      serviceDeliveries: { totalCount: 0 },
      referrals: { totalCount: 0 },
    });
    const own = await gw.graphql(query, { apiKey: f.keys.STAFF_A });
    expect(own.data).toEqual({
      beneficiaries: { totalCount: 1 },
      serviceDeliveries: { totalCount: 1 },
      referrals: { totalCount: 1 },
    });
  });

  it('lets nobody else fetch the person through node(id), not even non-personal fields', async () => {
    for (const role of ['PUBLIC', 'PARTNER', 'STAFF_B'] as const) {
      const apiKey = apiKeyOf(role);
      const result = await gw.graphql<{ node: unknown }>(
        `{ node(id: "${beneficiaryId(f)}") { ... on Beneficiary { sex householdSize } } }`,
        apiKey === undefined ? {} : { apiKey },
      );
      expect(result.data?.node, role).toBeNull();
      // No error either: an error would tell a real id from a made-up one (existence-oracles.test.ts).
      expect(result.errors, role).toBeUndefined();
    }
  });
});
