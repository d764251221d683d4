import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';

// Diyala (IQG10): Jalawla sub-district of Khanaqin, and Kanan sub-district of Baquba.
// Kirkuk (IQG13) and Ninewa (IQG15) hold the others.
let gw: TestGateway;
let iom: string;
let localNgo: string;

beforeAll(async () => {
  gw = await createTestGateway();
  iom = await seedOrganisation(gw.db.prisma, {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    type: 'multilateral',
  });
  localNgo = await seedOrganisation(gw.db.prisma, { name: 'Local NGO', type: 'national_ngo' });
  await seedCentre(gw.db.prisma, {
    code: 'CRC-JALAWLA',
    name: 'Jalawla CRC',
    areaPcode: 'IQG10Q05N04',
    services: ['legal_counselling', 'vocational_training'],
    partners: [{ organisationId: iom, role: 'implementing' }],
  });
  await seedCentre(gw.db.prisma, {
    code: 'CC-KANAN',
    name: 'Kanan community centre',
    kind: 'community_centre',
    areaPcode: 'IQG10Q04N03',
    services: ['psychosocial_support'],
    partners: [
      { organisationId: localNgo, role: 'implementing' },
      { organisationId: iom, role: 'funding' },
    ],
  });
  await seedCentre(gw.db.prisma, {
    code: 'CC-KIRKUK',
    name: 'Kirkuk community centre',
    kind: 'community_centre',
    areaPcode: 'IQG13Q01',
    services: ['legal_counselling'],
    partners: [{ organisationId: localNgo, role: 'implementing' }],
  });
  await seedCentre(gw.db.prisma, { code: 'CRC-SINJAR', name: 'Sinjar CRC', areaPcode: 'IQG15Q05', services: [] });
});
afterAll(async () => {
  await gw.close();
});

interface CentresPage {
  centres: { totalCount: number; edges: { node: { code: string } }[] };
}

async function codesFor(filter: Record<string, unknown>): Promise<{ codes: string[]; totalCount: number }> {
  const result = await gw.graphql<CentresPage>(
    'query ($filter: CentreFilter) { centres(filter: $filter) { totalCount edges { node { code } } } }',
    { variables: { filter } },
  );
  expect(result.errors).toBeUndefined();
  const page = result.data!.centres;
  return { codes: page.edges.map((edge) => edge.node.code), totalCount: page.totalCount };
}

describe('centres(filter:)', () => {
  it('lists every centre by code without a filter', async () => {
    expect(await codesFor({})).toEqual({
      codes: ['CC-KANAN', 'CC-KIRKUK', 'CRC-JALAWLA', 'CRC-SINJAR'],
      totalCount: 4,
    });
  });

  it('includes the centres of all sub-districts for a governorate, and narrows with lower levels', async () => {
    expect(await codesFor({ areaPcode: 'IQG10' })).toEqual({ codes: ['CC-KANAN', 'CRC-JALAWLA'], totalCount: 2 });
    expect((await codesFor({ areaPcode: 'IQG10Q05' })).codes).toEqual(['CRC-JALAWLA']);
    expect((await codesFor({ areaPcode: 'IQG10Q05N04' })).codes).toEqual(['CRC-JALAWLA']);
    // A centre registered at district level belongs to its governorate too.
    expect((await codesFor({ areaPcode: 'IQG13' })).codes).toEqual(['CC-KIRKUK']);
    // P-codes are read as getArea reads them: case and spaces ignored.
    expect((await codesFor({ areaPcode: ' iqg10q05 ' })).codes).toEqual(['CRC-JALAWLA']);
  });

  it('refuses an unknown p-code instead of matching it as a prefix', async () => {
    const result = await gw.graphql<CentresPage>('{ centres(filter: { areaPcode: "IQG1" }) { totalCount } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('IQG1');
  });

  it('filters by kind', async () => {
    expect(await codesFor({ kind: 'COMMUNITY_CENTRE' })).toEqual({ codes: ['CC-KANAN', 'CC-KIRKUK'], totalCount: 2 });
    expect((await codesFor({ kind: 'COMMUNITY_RESOURCE_CENTRE' })).codes).toEqual(['CRC-JALAWLA', 'CRC-SINJAR']);
  });

  it('filters by service type', async () => {
    expect(await codesFor({ serviceType: 'LEGAL_COUNSELLING' })).toEqual({
      codes: ['CC-KIRKUK', 'CRC-JALAWLA'],
      totalCount: 2,
    });
    expect((await codesFor({ serviceType: 'CHILDCARE' })).codes).toEqual([]);
  });

  it('filters by operating partner, in any role', async () => {
    const iomId = encodeGlobalID('Organisation', iom);
    const ngoId = encodeGlobalID('Organisation', localNgo);
    expect(await codesFor({ partnerId: iomId })).toEqual({ codes: ['CC-KANAN', 'CRC-JALAWLA'], totalCount: 2 });
    expect((await codesFor({ partnerId: ngoId })).codes).toEqual(['CC-KANAN', 'CC-KIRKUK']);
  });

  it('combines conditions with AND', async () => {
    const ngoId = encodeGlobalID('Organisation', localNgo);
    expect(await codesFor({ areaPcode: 'IQG10', partnerId: ngoId, serviceType: 'PSYCHOSOCIAL_SUPPORT' })).toEqual({
      codes: ['CC-KANAN'],
      totalCount: 1,
    });
    expect((await codesFor({ areaPcode: 'IQG13', kind: 'COMMUNITY_RESOURCE_CENTRE' })).codes).toEqual([]);
  });

  it('lists the centres of an area and everything below it on AdminArea.centres', async () => {
    const result = await gw.graphql<{
      diyala: { centres: { code: string }[] };
      khanaqin: { centres: { code: string }[] };
      basrah: { centres: unknown[] };
    }>(
      '{ diyala: adminArea(pcode: "IQG10") { centres { code } } khanaqin: adminArea(pcode: "IQG10Q05") { centres { code } } basrah: adminArea(pcode: "IQG02") { centres { code } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.diyala.centres.map((c) => c.code)).toEqual(['CC-KANAN', 'CRC-JALAWLA']);
    expect(result.data?.khanaqin.centres.map((c) => c.code)).toEqual(['CRC-JALAWLA']);
    expect(result.data?.basrah.centres).toEqual([]);
  });
});
