import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../../testing/statement-recorder';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';
import { asCentrePageQuery } from './read-centres-page';

const PARTNER_QUERY = '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }';
const SERVICES_BY_TYPE = { services: { orderBy: { serviceType: 'asc' as const } } };

let gw: RecordingTestGateway;
/** Raw SQL statements sent through @crc/db's executor (Prisma's are recorded by the statement recorder). */
let rawStatements: string[] | null = null;

beforeAll(async () => {
  gw = await createRecordingTestGateway();
  const organisationId = await seedOrganisation(gw.db.prisma, { name: 'Partner', type: 'national_ngo' });
  for (const [index, code] of ['CRC-C', 'CRC-A', 'CRC-B'].entries())
    await seedCentre(gw.db.prisma, {
      code,
      name: `Centre ${code}`,
      nameAr: `مركز ${code}`,
      areaPcode: 'IQG10Q05N04',
      services: ['legal_counselling', 'cash_for_work', 'psychosocial_support'].slice(index),
      partners: [{ organisationId, role: 'implementing' }],
    });
  const query = gw.db.sql.query.bind(gw.db.sql);
  gw.db.sql.query = (text, params) => {
    rawStatements?.push(text);
    return query(text, params);
  };
});
afterAll(async () => {
  await gw.close();
});

async function statementsOf(query: string, headers: Record<string, string> = {}) {
  rawStatements = [];
  try {
    const { result, statements } = await gw.statements.during(() => gw.graphql(query, { headers }));
    expect(result.errors).toBeUndefined();
    return { data: result.data, prisma: statements.length, raw: rawStatements.length };
  } finally {
    rawStatements = null;
  }
}

describe('the partner centres query', () => {
  it('costs one statement, not through Prisma, and answers as the Prisma path does', async () => {
    const fast = await statementsOf(PARTNER_QUERY, { 'accept-language': 'ar' });
    expect({ prisma: fast.prisma, raw: fast.raw }).toEqual({ prisma: 0, raw: 1 });
    // The same selection with partners goes through Prisma: the answer for the shared fields must agree.
    const withPartners = await statementsOf(
      '{ centres(first: 50) { edges { node { name services { serviceType } area { name } partners { role } } } } }',
      { 'accept-language': 'ar' },
    );
    expect(withPartners.raw).toBe(0);
    expect(withPartners.prisma).toBeGreaterThanOrEqual(2);
    const withoutPartners = JSON.parse(
      JSON.stringify(withPartners.data).replace(/,"partners":\[[^\]]*\]/g, ''),
    ) as unknown;
    expect(fast.data).toEqual(withoutPartners);
    expect(JSON.stringify(fast.data)).toContain('مركز CRC-A');
  });

  it('pages with first/after through the one-statement read as through Prisma', async () => {
    const first = await gw.graphql<{ centres: { pageInfo: { endCursor: string } } }>(
      '{ centres(first: 1) { pageInfo { endCursor } edges { node { code } } } }',
    );
    const after = await statementsOf(
      `{ centres(first: 5, after: "${first.data!.centres.pageInfo.endCursor}") { edges { node { code services { serviceType } } } } }`,
    );
    expect(after.raw).toBe(1);
    expect(after.data).toEqual({
      centres: {
        edges: [
          { node: { code: 'CRC-B', services: [{ serviceType: 'PSYCHOSOCIAL_SUPPORT' }] } },
          {
            node: {
              code: 'CRC-C',
              services: [
                { serviceType: 'CASH_FOR_WORK' },
                { serviceType: 'LEGAL_COUNSELLING' },
                { serviceType: 'PSYCHOSOCIAL_SUPPORT' },
              ],
            },
          },
        ],
      },
    });
  });
});

describe('asCentrePageQuery', () => {
  it('takes forward pages of centres with or without their services', () => {
    expect(asCentrePageQuery({ take: 51, skip: 0, include: SERVICES_BY_TYPE }, {})).toEqual({
      filter: {},
      take: 51,
      skip: 0,
      withServices: true,
    });
    expect(asCentrePageQuery({ take: 3, skip: 1, cursor: { id: 'x' } }, { kind: 'cc' })).toEqual({
      filter: { kind: 'cc' },
      take: 3,
      skip: 1,
      cursorId: 'x',
      withServices: false,
    });
  });

  it('leaves to Prisma what the one statement does not read', () => {
    expect(asCentrePageQuery({ take: -3, skip: 0 }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, include: { ...SERVICES_BY_TYPE, partners: true } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, include: { services: true } }, {})).toBeUndefined();
    expect(
      asCentrePageQuery({ take: 3, include: { services: { orderBy: { serviceType: 'desc' } } } }, {}),
    ).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: { id: true } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, cursor: { code: 'CRC-A' } }, {})).toBeUndefined();
  });
});
