import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
});
afterAll(async () => {
  await gw.close();
});

describe('geography', () => {
  it('lists the 18 governorates with Arabic names for Accept-Language: ar', async () => {
    const result = await gw.graphql<{ governorates: { pcode: string; name: string }[] }>(
      '{ governorates { pcode name } }',
      {
        headers: { 'accept-language': 'ar' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.governorates).toHaveLength(18);
    expect(result.data?.governorates.find((g) => g.pcode === 'IQG15')?.name).toBe('نينوى');
    for (const g of result.data?.governorates ?? []) expect(g.name).toMatch(/[\u0600-\u06FF]/);
  });

  it('flags a missing Sorani district name as a fallback instead of hiding it', async () => {
    const result = await gw.graphql<{
      adminArea: { name: string; localizedName: { lang: string; isFallback: boolean } };
    }>('{ adminArea(pcode: "IQG10Q05") { name(locale: CKB) localizedName(locale: CKB) { lang isFallback } } }');
    expect(result.data?.adminArea.localizedName).toEqual({ lang: 'AR', isFallback: true });
    expect(result.data?.adminArea.name).toBe('خانقين');
  });

  it('resolves messy spellings, governorate first', async () => {
    const result = await gw.graphql<{ resolveArea: { area: { pcode: string; level: string } }[] }>(
      '{ resolveArea(text: "Salahadin") { area { pcode level } } }',
    );
    expect(result.data?.resolveArea[0]?.area).toEqual({ pcode: 'IQG16', level: 'GOVERNORATE' });
  });

  it('walks the hierarchy both ways and fetches areas by global id', async () => {
    const result = await gw.graphql<{
      adminArea: { id: string; parent: { pcode: string }; children: { pcode: string }[] };
    }>('{ adminArea(pcode: "IQG10Q05") { id parent { pcode } children { pcode } } }');
    expect(result.data?.adminArea.parent.pcode).toBe('IQG10');
    expect(result.data?.adminArea.children.length).toBeGreaterThan(0);
    const node = await gw.graphql<{ node: { pcode: string } }>(
      `{ node(id: "${result.data?.adminArea.id}") { ... on AdminArea { pcode } } }`,
    );
    expect(node.errors).toBeUndefined();
    expect(node.data?.node.pcode).toBe('IQG10Q05');
  });
});

describe('geography arguments', () => {
  it('refuses a malformed p-code naming the argument, in the request language', async () => {
    const result = await gw.graphql('{ adminArea(pcode: "Diyala") { pcode } }', {
      headers: { 'accept-language': 'ar' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = result.errors?.[0]?.extensions?.issues as { field: string; message: string }[];
    expect(issues.map((issue) => issue.field)).toEqual(['pcode']);
    expect(result.errors?.[0]?.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses a resolveArea limit above 50', async () => {
    const result = await gw.graphql('{ resolveArea(text: "Kirkuk", limit: 500) { score } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions?.issues as { field: string }[])[0]?.field).toBe('limit');
  });
});
