import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { AREA_B, seedPeople, type PeopleFixture } from './people-fixtures';

interface Page {
  beneficiaries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { givenName: string } }[];
  } | null;
}

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
  const person = {
    sex: 'female',
    populationGroup: 'idp',
    householdSize: 2,
    registeredOn: new Date('2024-03-01T00:00:00Z'),
  };
  await gw.db.prisma.beneficiary.createMany({
    data: [
      {
        ...person,
        registrationCentreId: f.centreA,
        areaOfResidencePcode: 'IQG10Q05N01',
        givenName: 'فاطمة',
        familyName: 'حسين',
        nameKey: 'فاطمه حسين',
      },
      {
        ...person,
        registrationCentreId: f.centreA,
        areaOfResidencePcode: 'IQG13Q03',
        givenName: 'Zainab',
        familyName: 'Kareem',
        nameKey: 'zainab kareem',
      },
      {
        ...person,
        registrationCentreId: f.centreB,
        areaOfResidencePcode: AREA_B,
        givenName: 'محمد',
        familyName: 'جاسم',
        nameKey: 'محمد جاسم',
        sex: 'male',
      },
    ],
  });
});
afterAll(async () => {
  await gw.close();
});

async function names(filter: object, apiKey: string): Promise<string[]> {
  const result = await gw.graphql<Page>(
    'query($filter: BeneficiaryFilter) { beneficiaries(filter: $filter) { totalCount edges { node { givenName } } } }',
    {
      variables: { filter },
      apiKey,
    },
  );
  expect(result.errors).toBeUndefined();
  const page = result.data?.beneficiaries;
  expect(page?.totalCount).toBe(page?.edges.length);
  return (page?.edges ?? []).map((edge) => edge.node.givenName).sort();
}

describe('beneficiaries', () => {
  it('shows staff only their centres’ people, whatever the filter asks', async () => {
    expect(await names({}, f.keys.STAFF_A)).toEqual(['Zainab', 'فاطمة', 'محمد']);
    expect(await names({}, f.keys.STAFF_B)).toEqual(['محمد']);
    expect(await names({ centreId: f.centreA }, f.keys.STAFF_B)).toEqual([]);
    expect(await names({ centreId: encodeGlobalID('Centre', f.centreB) }, f.keys.ADMIN)).toEqual(['محمد']);
    expect(await names({}, f.keys.ADMIN)).toHaveLength(4);
  });

  it('filters by area (an area includes the areas inside it), sex and population group', async () => {
    expect(await names({ areaPcode: 'IQG10' }, f.keys.STAFF_A)).toEqual(['فاطمة', 'محمد']);
    expect(await names({ areaPcode: 'IQG10Q05N01' }, f.keys.STAFF_A)).toEqual(['فاطمة']);
    expect(await names({ sex: 'FEMALE' }, f.keys.STAFF_A)).toEqual(['Zainab', 'فاطمة']);
    expect(await names({ populationGroup: 'RETURNEE' }, f.keys.STAFF_A)).toEqual(['محمد']);
  });

  it('finds names across scripts and spellings', async () => {
    expect(await names({ search: 'Mohammed' }, f.keys.STAFF_A)).toEqual(['محمد']);
    expect(await names({ search: 'Fatima Hussein' }, f.keys.STAFF_A)).toEqual(['فاطمة']);
    expect(await names({ search: 'فاطمه' }, f.keys.STAFF_A)).toEqual(['فاطمة']);
    expect(await names({ search: 'زينب' }, f.keys.STAFF_A)).toEqual(['Zainab']);
    expect(await names({ search: 'Mohammed' }, f.keys.ADMIN)).toEqual(['محمد', 'محمد']);
    expect(await names({ search: 'Ahmed' }, f.keys.STAFF_A)).toEqual([]);
  });

  it('pages with cursors and counts all pages', async () => {
    const query =
      'query($after: String) { beneficiaries(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { givenName } } } }';
    const first = await gw.graphql<Page>(query, { apiKey: f.keys.ADMIN });
    expect(first.data?.beneficiaries?.totalCount).toBe(4);
    expect(first.data?.beneficiaries?.edges).toHaveLength(2);
    expect(first.data?.beneficiaries?.pageInfo.hasNextPage).toBe(true);
    const second = await gw.graphql<Page>(query, {
      apiKey: f.keys.ADMIN,
      variables: { after: first.data?.beneficiaries?.pageInfo.endCursor },
    });
    expect(second.data?.beneficiaries?.edges).toHaveLength(2);
    expect(second.data?.beneficiaries?.pageInfo.hasNextPage).toBe(false);
  });

  it('answers beneficiary(id) with null for another centre’s person or a malformed id', async () => {
    const id = encodeGlobalID('Beneficiary', f.beneficiary);
    const query = 'query($id: ID!) { beneficiary(id: $id) { givenName } }';
    expect((await gw.graphql(query, { variables: { id }, apiKey: f.keys.STAFF_A })).data).toEqual({
      beneficiary: { givenName: 'محمد' },
    });
    expect((await gw.graphql(query, { variables: { id: f.beneficiary }, apiKey: f.keys.STAFF_A })).data).toEqual({
      beneficiary: { givenName: 'محمد' },
    });
    expect(await gw.graphql(query, { variables: { id }, apiKey: f.keys.STAFF_B })).toMatchObject({
      data: { beneficiary: null },
    });
    expect(await gw.graphql(query, { variables: { id: 'not-an-id' }, apiKey: f.keys.ADMIN })).toMatchObject({
      data: { beneficiary: null },
    });
  });

  it('gives labels and the age bracket in the request’s language', async () => {
    const result = await gw.graphql<{ beneficiary: Record<string, string> }>(
      `{ beneficiary(id: "${f.beneficiary}") { sex sexLabel populationGroupLabel ageBracket ageBracketLabel area { pcode } } }`,
      { apiKey: f.keys.STAFF_A, headers: { 'accept-language': 'ar' } },
    );
    expect(result.data?.beneficiary).toMatchObject({
      sex: 'MALE',
      sexLabel: 'ذكر',
      ageBracket: '18-59',
      area: { pcode: 'IQG10Q05N02' },
    });
    expect(result.data?.beneficiary['ageBracketLabel']).toMatch(/[\u0660-\u0669]/);
  });
});
