import { vocabularyLabel } from '@crc/i18n';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../auth/api-keys';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedOrganisation } from '../centres/centre-fixtures.test-data';

let gw: TestGateway;
let iom: string;
let partnerKey: string;

beforeAll(async () => {
  gw = await createTestGateway();
  iom = await seedOrganisation(gw.db.prisma, {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    type: 'multilateral',
    iatiRef: 'XM-DAC-47066',
  });
  await seedOrganisation(gw.db.prisma, { name: 'Al-Mesalla Organization', type: 'national_ngo' });
  await seedOrganisation(gw.db.prisma, { name: 'Harikar', type: 'national_ngo' });
  await seedOrganisation(gw.db.prisma, {
    name: 'European Union',
    acronym: 'EU',
    type: 'multilateral',
    iatiRef: 'XI-IATI-EC_INTPA',
  });
  await seedOrganisation(gw.db.prisma, { name: 'Kirkuk Directorate of Labour', type: 'government' });
  partnerKey = (await createApiKey(gw.db.prisma, { name: 'IOM partner', role: 'PARTNER', organisationId: iom })).secret;
});
afterAll(async () => {
  await gw.close();
});

interface OrganisationsPage {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { name: string } }[];
  };
}

const PAGE = `query ($first: Int, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
}`;

async function names(variables: Record<string, unknown>) {
  const result = await gw.graphql<OrganisationsPage>(PAGE, { variables });
  expect(result.errors).toBeUndefined();
  const page = result.data!.organisations;
  return { names: page.edges.map((edge) => edge.node.name), totalCount: page.totalCount, pageInfo: page.pageInfo };
}

describe('organisations', () => {
  it('lists organisations by name in pages, with the total on every page', async () => {
    const first = await names({ first: 2 });
    expect(first.names).toEqual(['Al-Mesalla Organization', 'European Union']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await names({ first: 2, after: first.pageInfo.endCursor });
    expect(second.names).toEqual(['Harikar', 'International Organization for Migration']);
    const third = await names({ first: 2, after: second.pageInfo.endCursor });
    expect(third.names).toEqual(['Kirkuk Directorate of Labour']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by IATI organisation type', async () => {
    expect(await names({ filter: { type: 'NATIONAL_NGO' } })).toMatchObject({
      names: ['Al-Mesalla Organization', 'Harikar'],
      totalCount: 2,
    });
    expect((await names({ filter: { type: 'FOUNDATION' } })).totalCount).toBe(0);
  });

  it('searches name, acronym and IATI identifier, ignoring case', async () => {
    expect((await names({ filter: { search: 'iom' } })).names).toEqual(['International Organization for Migration']);
    expect((await names({ filter: { search: 'organization' } })).names).toEqual([
      'Al-Mesalla Organization',
      'International Organization for Migration',
    ]);
    expect((await names({ filter: { search: 'xi-iati' } })).names).toEqual(['European Union']);
    expect(await names({ filter: { search: 'organization', type: 'MULTILATERAL' } })).toMatchObject({
      names: ['International Organization for Migration'],
      totalCount: 1,
    });
  });

  it('fetches one organisation by id, and through node(id:), with its type in the request’s language', async () => {
    const id = encodeGlobalID('Organisation', iom);
    const result = await gw.graphql<{
      organisation: { acronym: string; iatiRef: string; type: string; typeLabel: string; typeIatiCode: number };
      node: { name: string };
    }>(
      'query ($id: ID!) { organisation(id: $id) { acronym iatiRef type typeLabel typeIatiCode } node(id: $id) { ... on Organisation { name } } }',
      {
        variables: { id },
        headers: { 'accept-language': 'ar' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation).toEqual({
      acronym: 'IOM',
      iatiRef: 'XM-DAC-47066',
      type: 'MULTILATERAL',
      typeLabel: vocabularyLabel('ar', 'iatiOrganisationTypes', 'multilateral'),
      typeIatiCode: 40,
    });
    expect(result.data?.node.name).toBe('International Organization for Migration');
  });

  it('answers null for an organisation id that names nothing', async () => {
    const result = await gw.graphql<{ organisation: null }>('query ($id: ID!) { organisation(id: $id) { name } }', {
      variables: { id: encodeGlobalID('Organisation', 'garbage') },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation).toBeNull();
  });

  it('tells a PARTNER which organisation is its own', async () => {
    const query =
      '{ organisations(filter: { type: MULTILATERAL }) { edges { node { acronym isViewerOrganisation } } } }';
    const asPartner = await gw.graphql<{
      organisations: { edges: { node: { acronym: string; isViewerOrganisation: boolean } }[] };
    }>(query, {
      apiKey: partnerKey,
    });
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data?.organisations.edges.map((e) => e.node)).toEqual([
      { acronym: 'EU', isViewerOrganisation: false },
      { acronym: 'IOM', isViewerOrganisation: true },
    ]);
    const asPublic = await gw.graphql<{ organisations: { edges: { node: { isViewerOrganisation: boolean } }[] } }>(
      query,
    );
    expect(asPublic.data?.organisations.edges.every((e) => !e.node.isViewerOrganisation)).toBe(true);
  });
});
