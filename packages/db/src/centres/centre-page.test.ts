import { areasAtLevel } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { centrePrismaWhere, type CentreFilter } from './centre-filter';
import { centrePage, type CentrePageQuery } from './centre-page';

let testDb: TestDatabase;
let db: Db;
let partnerId: string;
let otherPartnerId: string;
let ids: string[] = [];

const [GOVERNORATE, OTHER_GOVERNORATE] = areasAtLevel('governorate');
const INSIDE = areasAtLevel('subdistrict').find((area) => area.pcode.startsWith(GOVERNORATE!.pcode))!;

// Codes out of insertion order and with characters a byte order and a collation might sort apart.
const CENTRES = [
  { code: 'CRC-B', kind: 'crc', areaPcode: INSIDE.pcode, services: ['legal_counselling', 'cash_for_work'] },
  { code: 'CC-A', kind: 'cc', areaPcode: GOVERNORATE!.pcode, services: [] },
  { code: 'CRC-a2', kind: 'crc', areaPcode: OTHER_GOVERNORATE!.pcode, services: ['psychosocial_support'] },
  { code: 'CRC_10', kind: 'crc', areaPcode: INSIDE.pcode, services: ['vocational_training', 'legal_counselling'] },
  { code: 'CC-Z', kind: 'cc', areaPcode: OTHER_GOVERNORATE!.pcode, services: ['legal_counselling'] },
];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  partnerId = (await db.prisma.organisation.create({ data: { name: 'Partner', type: 'national_ngo' } })).id;
  otherPartnerId = (await db.prisma.organisation.create({ data: { name: 'Other', type: 'national_ngo' } })).id;
  for (const [index, centre] of CENTRES.entries()) {
    const created = await db.prisma.centre.create({
      data: {
        code: centre.code,
        name: `Centre ${centre.code}`,
        nameAr: index % 2 === 0 ? `مركز ${index}` : null,
        kind: centre.kind,
        areaPcode: centre.areaPcode,
        lat: index === 1 ? null : 33.3 + index / 7,
        lon: index === 1 ? null : 44.4 - index / 9,
        openingDays: index === 2 ? [] : ['sunday', 'thursday'],
        opensAt: '08:00',
        openedOn: index === 3 ? null : new Date(Date.UTC(2019, index, 28)),
        closedOn: index === 4 ? new Date(Date.UTC(2024, 11, 31)) : null,
        services: {
          create: centre.services.map((serviceType, order) => ({
            serviceType,
            notes: order === 0 ? `notes ${index}` : null,
          })),
        },
        partners: { create: [{ organisationId: index % 2 === 0 ? partnerId : otherPartnerId, role: 'implementing' }] },
      },
    });
    ids.push(created.id);
  }
  ids = (await db.prisma.centre.findMany({ orderBy: { code: 'asc' }, select: { id: true } })).map((c) => c.id);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** The same page through Prisma, as Pothos would ask for it. */
function prismaPage(query: CentrePageQuery) {
  return db.prisma.centre.findMany({
    where: centrePrismaWhere(query.filter),
    orderBy: { code: 'asc' },
    take: query.take,
    skip: query.skip,
    ...(query.cursorId === undefined ? {} : { cursor: { id: query.cursorId } }),
    ...(query.withServices ? { include: { services: { orderBy: { serviceType: 'asc' as const } } } } : {}),
  });
}

describe(`centrePage, one statement (database: ${TEST_DATABASE_KIND})`, () => {
  const filters: [string, () => CentreFilter][] = [
    ['no filter', () => ({})],
    ['an area and below', () => ({ areaPcodePrefix: GOVERNORATE!.pcode })],
    ['a kind', () => ({ kind: 'crc' })],
    ['a service', () => ({ serviceType: 'legal_counselling' })],
    ['a partner', () => ({ partnerOrganisationId: partnerId })],
    [
      'all at once',
      () => ({
        areaPcodePrefix: GOVERNORATE!.pcode,
        kind: 'crc',
        serviceType: 'legal_counselling',
        partnerOrganisationId: partnerId,
      }),
    ],
  ];
  for (const [name, filter] of filters)
    it(`gives the rows Prisma gives: ${name}, with and without services, each page size and cursor`, async () => {
      for (const withServices of [true, false])
        for (const take of [1, 2, 6])
          for (const cursorId of [undefined, ids[0], ids[2], ids[4], '00000000-0000-0000-0000-000000000000'])
            for (const skip of cursorId === undefined ? [0, 2] : [1]) {
              const query: CentrePageQuery = {
                filter: filter(),
                take,
                skip,
                withServices,
                ...(cursorId ? { cursorId } : {}),
              };
              expect(await centrePage(db.sql, query), JSON.stringify(query)).toEqual(await prismaPage(query));
            }
    });

  it('keeps every column, with dates at UTC midnight and services by type', async () => {
    const [first] = await centrePage(db.sql, { filter: { kind: 'crc' }, take: 1, skip: 0, withServices: true });
    expect(first).toMatchObject({
      code: 'CRC-B',
      openingDays: ['sunday', 'thursday'],
      openedOn: new Date('2019-01-28T00:00:00.000Z'),
      services: [
        { serviceType: 'cash_for_work', notes: null },
        { serviceType: 'legal_counselling', notes: 'notes 0' },
      ],
    });
  });
});
