import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedCentre } from './centre-fixtures.test-data';

const CODES = ['CRC-A', 'CRC-B', 'CRC-C', 'CRC-D', 'CRC-E', 'CRC-F', 'CRC-G'];

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
  // Inserted out of order: pages follow the code, not the insertion.
  for (const code of [...CODES].reverse())
    await seedCentre(gw.db.prisma, { code, name: code, areaPcode: 'IQG10Q05N04' });
});
afterAll(async () => {
  await gw.close();
});

interface Page {
  centres: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { code: string } }[];
  };
}

const PAGE = `query ($first: Int, $after: String, $filter: CentreFilter) {
  centres(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } }
}`;

async function page(variables: Record<string, unknown>): Promise<Page['centres']> {
  const result = await gw.graphql<Page>(PAGE, { variables });
  expect(result.errors).toBeUndefined();
  return result.data!.centres;
}

describe('centres pagination', () => {
  it('walks all centres in pages of 3 with first/after, counting all of them on every page', async () => {
    const first = await page({ first: 3 });
    expect(first.edges.map((e) => e.node.code)).toEqual(['CRC-A', 'CRC-B', 'CRC-C']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(7);

    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.code)).toEqual(['CRC-D', 'CRC-E', 'CRC-F']);
    expect(second.totalCount).toBe(7);

    const last = await page({ first: 3, after: second.pageInfo.endCursor });
    expect(last.edges.map((e) => e.node.code)).toEqual(['CRC-G']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('continues after any edge’s cursor', async () => {
    const all = await page({ first: 10 });
    const afterB = await page({ first: 2, after: all.edges[1]!.cursor });
    expect(afterB.edges.map((e) => e.node.code)).toEqual(['CRC-C', 'CRC-D']);
  });

  it('answers totalCount alone, and counts what the filter keeps', async () => {
    const result = await gw.graphql<{ all: { totalCount: number }; none: { totalCount: number } }>(
      '{ all: centres { totalCount } none: centres(filter: { areaPcode: "IQG02" }) { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ all: { totalCount: 7 }, none: { totalCount: 0 } });
  });
});
