import { upsertPublishedScopeFigures } from '@crc/db';
import { createDtmClient, syncFromDtmApi } from '@crc/dtm';
import { startLocalDtmServer, type LocalDtmServer } from '@crc/dtm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';

// A sync against the local DTM server, which answers like the real v3 API (national rows
// without id, rows split by origin and reason, "Not available" origins), then the graph.
const KEY = 'gateway-sync-key';
let gw: TestGateway;
let server: LocalDtmServer;

beforeAll(async () => {
  gw = await createTestGateway();
  server = await startLocalDtmServer({ subscriptionKey: KEY });
  const client = createDtmClient({ subscriptionKey: KEY, baseUrl: server.baseUrl, env: {} });
  const synced = await syncFromDtmApi(gw.db, client, { query: { CountryName: 'Iraq' } });
  expect(synced.counts).toMatchObject({ rejected: 0 });
  await gw.db.prisma.$transaction((tx) => upsertPublishedScopeFigures(tx));
});
afterAll(async () => {
  await server?.close();
  await gw?.close();
});

describe('DTM figures synced from the v3 API, in the graph', () => {
  it('stores national, governorate and district figures', async () => {
    const levels = await gw.db.prisma.displacementFigure.groupBy({
      by: ['level'],
      where: { source: 'dtm_api' },
      _count: true,
    });
    expect(Object.fromEntries(levels.map((group) => [group.level, group._count]))).toEqual({
      country: 6,
      governorate: 24,
      district: 15,
    });
  });

  it('returns IDPs in a governorate by origin, and only those from one governorate', async () => {
    const result = await gw.graphql<{
      adminArea: {
        displacement: {
          round: number;
          idps: number;
          byOrigin: { origin: { pcode: string } | null; originUnknown: boolean; idps: number }[];
        };
        fromNinewa: { idps: number };
      };
    }>(
      `{ adminArea(pcode: "IQG09") {
          displacement { round idps byOrigin { origin { pcode } originUnknown idps } }
          fromNinewa: displacement(origin: "IRQ-G15") { idps }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.adminArea.displacement).toEqual({
      round: 97,
      idps: 313_000,
      byOrigin: [
        { origin: { pcode: 'IQG15' }, originUnknown: false, idps: 310_000 },
        { origin: null, originUnknown: true, idps: 3_000 },
      ],
    });
    expect(result.data!.adminArea.fromNinewa.idps).toBe(310_000);
  });

  it('serves the national figures beside the areas’ figures, never summed with them', async () => {
    const result = await gw.graphql<{
      nationalDisplacement: { round: number; idps: number; idpLevel: string | null };
      climate: { idps: number };
      displacementFigures: {
        totalCount: number;
        edges: {
          node: { national: boolean; area: null; level: null; displacementReason: string; individuals: number };
        }[];
      };
      areas: { totalCount: number };
    }>(
      `{ nationalDisplacement(round: 95) { round idps idpLevel }
         climate: nationalDisplacement(round: 95, displacementReason: "Climate") { idps }
         displacementFigures(filter: { national: true, fromRound: 95, toRound: 95 }) { totalCount edges { node { national area { pcode } level displacementReason individuals } } }
         areas: displacementFigures(filter: { fromRound: 95, toRound: 95 }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nationalDisplacement).toEqual({ round: 95, idps: 3_200_000, idpLevel: null });
    expect(result.data!.climate.idps).toBe(50_000);
    expect(result.data!.displacementFigures.totalCount).toBe(2);
    expect(result.data!.displacementFigures.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { national: true, area: null, level: null, displacementReason: 'Conflict', individuals: 3_150_000 },
      ]),
    );
    // Without `national: true`, only the areas' figures (8 governorate and 5 district splits).
    expect(result.data!.areas.totalCount).toBe(13);
  });

  it('filters stored figures by origin, "unknown" included', async () => {
    const result = await gw.graphql<{
      displacementFigures: {
        totalCount: number;
        edges: { node: { area: { pcode: string }; originUnknown: boolean } }[];
      };
    }>(
      '{ displacementFigures(filter: { origin: "unknown" }) { totalCount edges { node { area { pcode } originUnknown } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.displacementFigures.totalCount).toBe(6);
    expect(new Set(result.data!.displacementFigures.edges.map((edge) => edge.node.area.pcode))).toEqual(
      new Set(['IQG09', 'IQG09Q03']),
    );
    const bad = await gw.graphql('{ displacementFigures(filter: { origin: "IQG09Q03" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ field: 'filter.origin' });
  });

  it('serves publishedDisplacementFigures from database rows', async () => {
    await gw.db.prisma.publishedDisplacementFigure.update({
      where: { key: 'iraq-idps-2017-10' },
      data: { individuals: 3_200_001 },
    });
    const result = await gw.graphql<{
      publishedDisplacementFigures: { key: string; individuals: number; areas: { pcode: string }[] }[];
    }>('{ publishedDisplacementFigures { key individuals areas { pcode } } }');
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.publishedDisplacementFigures.find((figure) => figure.key === 'iraq-idps-2017-10')?.individuals,
    ).toBe(3_200_001);
    expect(
      result.data!.publishedDisplacementFigures.find((figure) => figure.key === 'hawija-shirqat-idps-2017-10')?.areas,
    ).toEqual([{ pcode: 'IQG13Q01' }, { pcode: 'IQG16Q02' }]);
  });
});
