import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';

let gw: TestGateway;
let centreId: string;
let organisationId: string;
beforeAll(async () => {
  gw = await createTestGateway();
  organisationId = await seedOrganisation(gw.db.prisma, { name: 'IOM', acronym: 'IOM', type: 'multilateral' });
  centreId = await seedCentre(gw.db.prisma, {
    code: 'CRC-JALAWLA',
    name: 'Jalawla CRC',
    areaPcode: 'IQG10Q05N04',
    services: ['legal_counselling'],
    partners: [{ organisationId, role: 'implementing' }],
  });
});
afterAll(async () => {
  await gw.close();
});

describe('centres by global id', () => {
  it('round-trips a centre through node(id:) and centre(id:)', async () => {
    const listed = await gw.graphql<{ centres: { edges: { node: { id: string } }[] } }>(
      '{ centres { edges { node { id } } } }',
    );
    const id = listed.data!.centres.edges[0]!.node.id;
    expect(id).toBe(encodeGlobalID('Centre', centreId));

    const result = await gw.graphql<{
      node: { code: string; area: { pcode: string } };
      centre: { id: string; services: { serviceType: string }[] };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Centre { code area { pcode } } } centre(id: $id) { id services { serviceType } } }',
      { variables: { id } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ code: 'CRC-JALAWLA', area: { pcode: 'IQG10Q05N04' } });
    expect(result.data?.centre).toEqual({ id, services: [{ serviceType: 'LEGAL_COUNSELLING' }] });
  });

  it('reaches the operating organisation and back to its centres', async () => {
    const result = await gw.graphql<{
      centre: {
        partners: {
          role: string;
          organisation: {
            id: string;
            centres: { totalCount: number; edges: { node: { centre: { code: string } } }[] };
          };
        }[];
      };
    }>(
      'query ($id: ID!) { centre(id: $id) { partners { role organisation { id centres { totalCount edges { node { centre { code } } } } } } } }',
      { variables: { id: encodeGlobalID('Centre', centreId) } },
    );
    expect(result.errors).toBeUndefined();
    const partner = result.data!.centre.partners[0]!;
    expect(partner.role).toBe('IMPLEMENTING');
    expect(partner.organisation.id).toBe(encodeGlobalID('Organisation', organisationId));
    expect(partner.organisation.centres.totalCount).toBe(1);
    expect(partner.organisation.centres.edges[0]?.node.centre.code).toBe('CRC-JALAWLA');
  });

  it('answers null for an id that names no centre, even a malformed one', async () => {
    const missing = encodeGlobalID('Centre', '7d3f8a52-5d7e-4b7a-9f1e-2c4b6d8e0a11');
    const malformed = encodeGlobalID('Centre', 'not-a-uuid');
    const result = await gw.graphql<{ a: null; b: null; c: null }>(
      'query ($missing: ID!, $malformed: ID!) { a: centre(id: $missing) { code } b: centre(id: $malformed) { code } c: node(id: $malformed) { id } }',
      { variables: { missing, malformed } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null, c: null });
  });

  it('refuses another type’s id', async () => {
    const result = await gw.graphql('query ($id: ID!) { centre(id: $id) { code } }', {
      variables: { id: encodeGlobalID('Organisation', organisationId) },
    });
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
