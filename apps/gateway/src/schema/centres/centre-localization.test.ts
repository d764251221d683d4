import { vocabularyLabel } from '@crc/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
  const iom = await seedOrganisation(gw.db.prisma, { name: 'IOM', type: 'multilateral' });
  await seedCentre(gw.db.prisma, {
    code: 'CRC-JALAWLA',
    name: 'Jalawla Community Resource Centre',
    nameAr: 'مركز موارد المجتمع في جلولاء',
    nameCkb: 'ناوەندی سەرچاوەکانی کۆمەڵگە لە جەلەولا',
    areaPcode: 'IQG10Q05N04',
    openingDays: ['thursday', 'sunday', 'monday'],
    services: ['vocational_training'],
    partners: [{ organisationId: iom, role: 'implementing' }],
  });
  await seedCentre(gw.db.prisma, {
    code: 'CC-BAQUBA',
    name: 'Baquba community centre',
    nameAr: 'المركز المجتمعي في بعقوبة',
    kind: 'community_centre',
    areaPcode: 'IQG10Q04N03',
  });
  await seedCentre(gw.db.prisma, {
    code: 'CC-NAMELESS',
    name: 'Only English',
    kind: 'community_centre',
    areaPcode: 'IQG10Q04N03',
  });
});
afterAll(async () => {
  await gw.close();
});

interface Localized {
  centres: {
    edges: {
      node: {
        code: string;
        name: string;
        localizedName: { text: string; lang: string; isFallback: boolean };
        kindLabel: string;
        openingDays: string[];
        openingDayLabels: string[];
        area: { name: string };
        services: { serviceTypeLabel: string }[];
        partners: { roleLabel: string }[];
      };
    }[];
  };
}

const QUERY = `{ centres { edges { node {
  code name localizedName { text lang isFallback } kindLabel openingDays openingDayLabels
  area { name } services { serviceTypeLabel } partners { roleLabel }
} } } }`;

async function centresIn(language: string) {
  const result = await gw.graphql<Localized>(QUERY, { headers: { 'accept-language': language } });
  expect(result.errors).toBeUndefined();
  return new Map(result.data!.centres.edges.map((edge) => [edge.node.code, edge.node]));
}

describe('centres in the request’s language', () => {
  it('answers in Arabic for Accept-Language: ar, labels and area names included', async () => {
    const jalawla = (await centresIn('ar')).get('CRC-JALAWLA')!;
    expect(jalawla.name).toBe('مركز موارد المجتمع في جلولاء');
    expect(jalawla.localizedName).toEqual({ text: 'مركز موارد المجتمع في جلولاء', lang: 'AR', isFallback: false });
    expect(jalawla.kindLabel).toBe(vocabularyLabel('ar', 'centreKinds', 'community_resource_centre'));
    expect(jalawla.kindLabel).not.toBe('Community Resource Centre');
    expect(jalawla.services[0]?.serviceTypeLabel).toBe(vocabularyLabel('ar', 'serviceTypes', 'vocational_training'));
    expect(jalawla.partners[0]?.roleLabel).toBe(vocabularyLabel('ar', 'iatiOrganisationRoles', 'implementing'));
    expect(jalawla.area.name).toMatch(/[\u0600-\u06FF]/);
  });

  it('lists opening days in week order, from Sunday, with labels in the same order', async () => {
    const jalawla = (await centresIn('ar')).get('CRC-JALAWLA')!;
    expect(jalawla.openingDays).toEqual(['SUNDAY', 'MONDAY', 'THURSDAY']);
    expect(jalawla.openingDayLabels).toEqual(
      ['sunday', 'monday', 'thursday'].map((day) => vocabularyLabel('ar', 'weekdays', day)),
    );
  });

  it('answers in Sorani for ckb and falls back visibly to Arabic where no Sorani name exists', async () => {
    const centres = await centresIn('ckb');
    expect(centres.get('CRC-JALAWLA')!.localizedName).toEqual({
      text: 'ناوەندی سەرچاوەکانی کۆمەڵگە لە جەلەولا',
      lang: 'CKB',
      isFallback: false,
    });
    expect(centres.get('CC-BAQUBA')!.name).toBe('المركز المجتمعي في بعقوبة');
    expect(centres.get('CC-BAQUBA')!.localizedName).toMatchObject({ lang: 'AR', isFallback: true });
    expect(centres.get('CC-NAMELESS')!.localizedName).toEqual({ text: 'Only English', lang: 'EN', isFallback: true });
    expect(centres.get('CC-BAQUBA')!.kindLabel).toBe(vocabularyLabel('ckb', 'centreKinds', 'community_centre'));
  });

  it('lets a locale argument override the request’s language', async () => {
    const result = await gw.graphql<{ centres: { edges: { node: { name: string; kindLabel: string } }[] } }>(
      '{ centres(filter: { kind: COMMUNITY_RESOURCE_CENTRE }) { edges { node { name(locale: EN) kindLabel(locale: EN) } } } }',
      { headers: { 'accept-language': 'ar' } },
    );
    expect(result.data?.centres.edges[0]?.node).toEqual({
      name: 'Jalawla Community Resource Centre',
      kindLabel: 'Community Resource Centre',
    });
  });
});
