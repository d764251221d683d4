import { areasAtLevel } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { centrePrismaWhere, type CentreFilter } from './centre-filter';
import type { CentreColumn, CentreServiceColumn } from './centre-columns';
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

const EVERY_COLUMN: CentreColumn[] = [
  'id',
  'code',
  'name',
  'nameAr',
  'nameCkb',
  'kind',
  'areaPcode',
  'address',
  'lat',
  'lon',
  'openingDays',
  'opensAt',
  'closesAt',
  'openedOn',
  'closedOn',
  'illustrative',
  'createdAt',
  'updatedAt',
];
const EVERY_SERVICE_COLUMN: CentreServiceColumn[] = ['centreId', 'serviceType', 'notes'];

/** The columns and services Pothos asks for: every one; the partner centres query's; the fewest. */
const SELECTIONS: Pick<CentrePageQuery, 'columns' | 'serviceColumns'>[] = [
  { columns: EVERY_COLUMN, serviceColumns: EVERY_SERVICE_COLUMN },
  { columns: ['id', 'code', 'name', 'nameAr', 'nameCkb', 'areaPcode'], serviceColumns: ['centreId', 'serviceType'] },
  { columns: ['id'] },
  { columns: ['id'], serviceColumns: ['centreId'] },
];

const selectOf = (columns: readonly string[]) => Object.fromEntries(columns.map((column) => [column, true]));

/** The same page through Prisma, as Pothos would ask for it. */
function prismaPage(query: CentrePageQuery) {
  const services =
    query.serviceColumns === undefined
      ? {}
      : { services: { orderBy: { serviceType: 'asc' as const }, select: selectOf(query.serviceColumns) } };
  return db.prisma.centre.findMany({
    where: centrePrismaWhere(query.filter),
    orderBy: { code: 'asc' },
    take: query.take,
    skip: query.skip,
    ...(query.cursorId === undefined ? {} : { cursor: { id: query.cursorId } }),
    select: { ...selectOf(query.columns), ...services },
  });
}

/** The page's JSON text as the database sends it, beside the rows centrePage makes of it. */
async function pageText(query: CentrePageQuery): Promise<string> {
  let text = '';
  await centrePage(
    {
      query: async (statement, params, options) => {
        const rows = await db.sql.query<{ page: string }>(statement, params, options);
        text = rows[0]!.page;
        return rows as never;
      },
    },
    query,
  );
  return text;
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
    it(`gives the rows Prisma gives: ${name}, for each selection, page size and cursor`, async () => {
      for (const selection of SELECTIONS)
        for (const take of [1, 2, 6])
          for (const cursorId of [undefined, ids[0], ids[2], ids[4], '00000000-0000-0000-0000-000000000000'])
            for (const skip of cursorId === undefined ? [0, 2] : [1]) {
              const query: CentrePageQuery = {
                filter: filter(),
                take,
                skip,
                ...selection,
                ...(cursorId ? { cursorId } : {}),
              };
              expect(await centrePage(db.sql, query), JSON.stringify(query)).toEqual(await prismaPage(query));
            }
    });

  it('keeps every column, with dates at UTC midnight and services by type', async () => {
    const [first] = await centrePage(db.sql, {
      filter: { kind: 'crc' },
      take: 1,
      skip: 0,
      columns: EVERY_COLUMN,
      serviceColumns: EVERY_SERVICE_COLUMN,
    });
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

  it('reads only the asked columns (and id), with services only when asked', async () => {
    const query = {
      filter: {},
      take: 6,
      skip: 0,
      columns: ['name', 'areaPcode'],
      serviceColumns: ['serviceType'],
    } satisfies CentrePageQuery;
    const rows = await centrePage(db.sql, query);
    expect(rows.map((row) => Object.keys(row).sort())).toEqual(rows.map(() => ['areaPcode', 'id', 'name', 'services']));
    expect(rows.flatMap((row) => row.services!.map((service) => Object.keys(service)))).toEqual(
      rows.flatMap((row) => row.services!.map(() => ['serviceType'])),
    );
    const text = await pageText(query);
    expect(text).not.toContain('"notes"');
    expect(text).not.toContain('"code"');
    expect(await pageText({ ...query, serviceColumns: undefined })).not.toContain('"services"');
  });

  it('names no column outside its allow-list, whatever it is given', async () => {
    const columns = ['name', 'name_ar', 'services', '1); DROP TABLE centre; --'] as CentreColumn[];
    const rows = await centrePage(db.sql, { filter: {}, take: 1, skip: 0, columns });
    expect(Object.keys(rows[0]!).sort()).toEqual(['id', 'name']);
  });
});
