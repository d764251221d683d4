import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../../testing/statement-recorder';
import { seedCentre, seedOrganisation } from './centre-fixtures.test-data';
import { asCentrePageQuery } from './read-centres-page';

const PARTNER_QUERY = '{ centres(first: 50) { edges { node { name services { serviceType } area { name } } } } }';
/** Every field of Centre but partners (which only Prisma reads), and every field of its services. */
const EVERY_FIELD = `id code name localizedName { text lang isFallback needsReview } kind kindLabel area { pcode name }
  address lat lon openingDays openingDayLabels opensAt closesAt openedOn closedOn
  services { serviceType serviceTypeLabel takesCourse notes }`;
const SERVICES_BY_TYPE = { orderBy: { serviceType: 'asc' as const } };

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
  // One centre with every column set (after the others by code).
  await gw.db.prisma.centre.create({
    data: {
      code: 'CRC-D',
      name: 'Centre CRC-D',
      nameCkb: 'ناوەندی CRC-D',
      kind: 'community_centre',
      areaPcode: 'IQG10Q05N04',
      address: 'Main street',
      lat: 34.27,
      lon: 45.06,
      openingDays: ['thursday', 'sunday'],
      opensAt: '08:00',
      closesAt: '14:30',
      openedOn: new Date(Date.UTC(2019, 2, 1)),
      closedOn: new Date(Date.UTC(2025, 5, 30)),
      services: {
        create: [{ serviceType: 'legal_counselling', notes: 'Sundays only' }, { serviceType: 'vocational_training' }],
      },
      partners: { create: [{ organisationId, role: 'funding' }] },
    },
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

  it('answers a selection of every field through the one statement as through Prisma', async () => {
    for (const language of ['ar', 'ckb', 'en']) {
      const fast = await statementsOf(`{ centres(first: 50) { edges { node { ${EVERY_FIELD} } } } }`, {
        'accept-language': language,
      });
      expect({ prisma: fast.prisma, raw: fast.raw }).toEqual({ prisma: 0, raw: 1 });
      const withPartners = await statementsOf(
        `{ centres(first: 50) { edges { node { ${EVERY_FIELD} partners { role } } } } }`,
        { 'accept-language': language },
      );
      expect(withPartners.raw).toBe(0);
      const withoutPartners = JSON.parse(
        JSON.stringify(withPartners.data).replace(/,"partners":\[[^\]]*\]/g, ''),
      ) as unknown;
      expect(fast.data).toEqual(withoutPartners);
    }
    expect(
      JSON.stringify(await statementsOf(`{ centres(first: 50) { edges { node { ${EVERY_FIELD} } } } }`)),
    ).toContain('Sundays only');
  });

  it('pages with first/after through the one-statement read as through Prisma', async () => {
    const first = await gw.graphql<{ centres: { pageInfo: { endCursor: string } } }>(
      '{ centres(first: 1) { pageInfo { endCursor } edges { node { code } } } }',
    );
    const after = await statementsOf(
      `{ centres(first: 2, after: "${first.data!.centres.pageInfo.endCursor}") { edges { node { code services { serviceType } } } } }`,
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
  it('takes forward pages of the selected columns, with or without their services', () => {
    expect(
      asCentrePageQuery(
        {
          take: 51,
          skip: 0,
          select: {
            id: true,
            name: true,
            nameAr: true,
            services: { ...SERVICES_BY_TYPE, select: { serviceType: true } },
          },
        },
        {},
      ),
    ).toEqual({ filter: {}, take: 51, skip: 0, columns: ['id', 'name', 'nameAr'], serviceColumns: ['serviceType'] });
    expect(
      asCentrePageQuery({ take: 3, skip: 1, cursor: { id: 'x' }, select: { id: true, code: true } }, { kind: 'cc' }),
    ).toEqual({ filter: { kind: 'cc' }, take: 3, skip: 1, cursorId: 'x', columns: ['id', 'code'] });
  });

  it('leaves to Prisma what the one statement does not read', () => {
    const id = { id: true } as const;
    expect(asCentrePageQuery({ take: -3, skip: 0, select: id }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, include: { services: SERVICES_BY_TYPE } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: { ...id, partners: true } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: { ...id, area: true } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: { ...id, _count: true } }, {})).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: { ...id, services: true } }, {})).toBeUndefined();
    expect(
      asCentrePageQuery(
        { take: 3, select: { ...id, services: { orderBy: { serviceType: 'desc' }, select: { serviceType: true } } } },
        {},
      ),
    ).toBeUndefined();
    expect(
      asCentrePageQuery(
        { take: 3, select: { ...id, services: { ...SERVICES_BY_TYPE, select: { centre: true } } } },
        {},
      ),
    ).toBeUndefined();
    expect(asCentrePageQuery({ take: 3, select: id, cursor: { code: 'CRC-A' } }, {})).toBeUndefined();
  });
});
