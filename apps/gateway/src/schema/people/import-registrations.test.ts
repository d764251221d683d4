import { FIXTURE_COLUMNS, registrationFixture } from '@crc/intake/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { serve, type RunningServer } from '../../server/serve';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { AREA_A, AREA_B, PERSON_AT_A, seedPeople, type PeopleFixture } from './people-fixtures';

/*
 * importRegistrations over a real socket: GraphQL multipart uploads (and `rows`) through
 * the same @crc/intake code as crc-import, by role and centre, within the input budgets.
 */

const HEADER = [
  'household_id',
  'today',
  'district',
  'population_group',
  'relationship',
  'given_name',
  'father_name',
  'family_name',
  'sex',
  'date_of_birth',
  'consent',
  'wg_seeing',
  'services',
];

/** Four households at centre A's area: one head repeats the person registered at A, one repeats another head of the file, one has a bad sex code. */
const TABLE = [
  HEADER,
  [
    'HH-1',
    '2026-11-20',
    AREA_A,
    'returnee',
    'head',
    PERSON_AT_A.givenName,
    PERSON_AT_A.fatherName,
    PERSON_AT_A.familyName,
    'male',
    PERSON_AT_A.dateOfBirth,
    'yes',
    'no_difficulty',
    'legal_counselling',
  ],
  [
    'HH-1',
    '2026-11-20',
    '',
    '',
    'spouse',
    'زينب',
    'جاسم',
    'علي',
    'female',
    '1992-06-01',
    'yes',
    'a_lot_of_difficulty',
    '',
  ],
  ['HH-1', '2026-11-20', '', '', 'child', 'حسين', 'محمد', 'علي', 'male', '2015-09-09', 'yes', '', ''],
  [
    'HH-2',
    '2026-11-20',
    AREA_A,
    'idp',
    'head',
    'Ahmed',
    'Kareem',
    'Jassim',
    'male',
    '1980-03-03',
    'yes',
    'no_difficulty',
    '',
  ],
  ['HH-2', '2026-11-20', '', '', 'child', 'Sara', 'Ahmed', 'Jassim', 'female', '2010-10-10', 'yes', '', ''],
  ['HH-3', '2026-11-21', AREA_A, 'idp', 'head', 'Layla', 'Omar', 'Hassan', 'unknown', '1975-01-05', 'yes', '', ''],
  ['HH-4', '2026-11-21', AREA_A, 'idp', 'head', 'Ahmad', 'Kareem', 'Jassim', 'male', '1980-03-03', 'yes', '', ''],
];
const CSV = `${TABLE.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n')}\n`;
/** Row 7 of the file (header = row 1): HH-3's head, whose sex code does not exist. */
const BAD_ROW = 7;

const SUMMARY = `
  ... on ImportRegistrationsSuccess {
    summary {
      dryRun importId centreCode sourceName layout rowsRead
      householdsTotal householdsCreated householdsUpdated householdsUnchanged householdsRejected
      peopleCreated peopleUpdated peopleUnchanged deliveriesCreated
      changes { household fields }
      duplicatesWithinFile duplicatesOfRegistered duplicatesQueued duplicatesAlreadyQueued
      rejectsTotal rejects { household row field value reason }
      duplicates { person other otherKind registeredPersonId score reasons }
    }
  }
  ... on ValidationError { message issues { field code message } }
  ... on ForbiddenError { message }
  ... on NotFoundError { message entity }
`;
const IMPORT = `mutation Import($centreId: ID!, $file: File, $rows: [RegistrationRowInput!], $dryRun: Boolean) {
  importRegistrations(centreId: $centreId, file: $file, rows: $rows, dryRun: $dryRun) { __typename ${SUMMARY} }
}`;

interface Answer {
  status: number;
  data?: { importRegistrations: Record<string, unknown> & { __typename: string } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe(`importRegistrations over HTTP (${TEST_DATABASE_KIND})`, () => {
  let gw: TestGateway;
  let fixture: PeopleFixture;
  let server: RunningServer;
  let url: string;
  let personAtB: string;

  beforeAll(async () => {
    // Every budget is the default: a 1.1 MB upload reaches the mutation's own file budget, not the body limit.
    gw = await createTestGateway();
    fixture = await seedPeople(gw);
    // Registered at centre B and the same man as HH-2's head: only a key that may see centre B's people may hear of him.
    const atB = await gw.db.prisma.beneficiary.create({
      data: {
        registrationCentreId: fixture.centreB,
        areaOfResidencePcode: AREA_A,
        givenName: 'Ahmed',
        fatherName: 'Kareem',
        familyName: 'Jasim',
        nameKey: 'ahmed kareem jasim',
        dateOfBirth: new Date('1980-03-03T00:00:00Z'),
        sex: 'male',
        populationGroup: 'idp',
        householdSize: 1,
        registeredOn: new Date('2025-05-05T00:00:00Z'),
      },
      select: { id: true },
    });
    personAtB = atB.id;
    server = await serve(gw.gateway, 0, '127.0.0.1', pino({ level: 'silent' }));
    url = server.url.replace('localhost', '127.0.0.1');
  }, 120_000);
  afterAll(async () => {
    await server?.close(100);
    await gw?.close();
  });

  /** A GraphQL multipart request (operations, map, the file part), as Apollo and urql clients send uploads. */
  async function upload(apiKey: string | undefined, variables: Record<string, unknown>, file: File): Promise<Answer> {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { ...variables, file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', file);
    const response = await fetch(url, {
      method: 'POST',
      body: form,
      headers: { 'x-graphql-yoga-csrf': '1', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  }
  async function post(apiKey: string | undefined, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ query: IMPORT, variables }),
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  }
  const csvFile = (text = CSV, name = 'households.csv') => new File([text], name, { type: 'text/csv' });
  const counts = async () => {
    const prisma = gw.db.prisma;
    const [people, households, pairs, deliveries, audit] = await Promise.all([
      prisma.beneficiary.count(),
      prisma.household.count(),
      prisma.duplicatePair.count(),
      prisma.serviceDelivery.count(),
      prisma.auditLog.count(),
    ]);
    return { people, households, pairs, deliveries, audit };
  };

  it('refuses PUBLIC and PARTNER, and staff of another centre, writing nothing', async () => {
    const before = await counts();
    const anonymous = await upload(undefined, { centreId: fixture.centreA }, csvFile());
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await upload(fixture.keys.PARTNER, { centreId: fixture.centreA }, csvFile());
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherStaff = await upload(fixture.keys.STAFF_B, { centreId: fixture.centreA }, csvFile());
    expect(otherStaff.data?.importRegistrations.__typename).toBe('ForbiddenError');
    expect(await counts()).toEqual(before);
  });

  it('dry run of an uploaded CSV: what would be created, the bad row with its reason, the duplicates; nothing written', async () => {
    const before = await counts();
    const answer = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA, dryRun: true }, csvFile());
    expect(answer.status).toBe(200);
    const summary = answer.data?.importRegistrations.summary as Record<string, unknown>;
    expect(summary).toMatchObject({
      dryRun: true,
      importId: null,
      centreCode: 'CRC-A',
      sourceName: 'households.csv',
      layout: 'person-rows',
      rowsRead: 7,
      householdsTotal: 4,
      householdsCreated: 3,
      householdsUnchanged: 0,
      householdsRejected: 1,
      peopleCreated: 6,
      deliveriesCreated: 1,
      duplicatesWithinFile: 1,
      duplicatesOfRegistered: 1,
      duplicatesQueued: 0,
      rejectsTotal: 1,
      rejects: [
        { household: `row ${BAD_ROW}`, row: BAD_ROW, field: 'sex', value: 'unknown', reason: expect.any(String) },
      ],
    });
    expect(summary.duplicates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: 'row 2', otherKind: 'REGISTERED', registeredPersonId: fixture.beneficiary }),
        expect.objectContaining({ otherKind: 'FILE', registeredPersonId: null }),
      ]),
    );
    // Rows, ids and reasons: no one's name in the answer.
    expect(JSON.stringify(summary)).not.toMatch(/Ahmed|Layla|زينب|محمد/);
    // Centre B's person is none of centre A's staff's business: not searched, not reported.
    expect(JSON.stringify(summary)).not.toContain(personAtB);
    expect(await counts()).toEqual(before);
  });

  it('dry run by ADMIN: duplicates are searched among everyone, so the person of centre B is reported too (to the heads of HH-2 and HH-4)', async () => {
    const answer = await upload(fixture.keys.ADMIN, { centreId: fixture.centreA, dryRun: true }, csvFile());
    const summary = answer.data?.importRegistrations.summary as {
      duplicatesOfRegistered: number;
      duplicates: unknown[];
    };
    // The person of centre A (HH-1's head), and the person of centre B twice: HH-2's head and HH-4's (who repeats HH-2's).
    expect(summary.duplicatesOfRegistered).toBe(3);
    expect(summary.duplicates).toEqual(
      expect.arrayContaining([expect.objectContaining({ otherKind: 'REGISTERED', registeredPersonId: personAtB })]),
    );
  });

  it('imports the upload in one go (households, people, deliveries, the pairs in the review queue); the same file again changes nothing', async () => {
    const before = await counts();
    const answer = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile());
    const summary = answer.data?.importRegistrations.summary as Record<string, unknown>;
    expect(summary).toMatchObject({
      dryRun: false,
      importId: expect.any(String),
      householdsCreated: 3,
      householdsRejected: 1,
      peopleCreated: 6,
      deliveriesCreated: 1,
      duplicatesQueued: 2,
      duplicatesAlreadyQueued: 0,
    });
    const after = await counts();
    expect(after).toMatchObject({
      people: before.people + 6,
      households: before.households + 3,
      pairs: before.pairs + 2,
      deliveries: before.deliveries + 1,
    });
    const queue = await gw.graphql<{ duplicatePairs: { totalCount: number } }>(
      '{ duplicatePairs(filter: { status: PENDING }) { totalCount } }',
      { apiKey: fixture.keys.STAFF_A },
    );
    expect(queue.data?.duplicatePairs.totalCount).toBe(2);

    const again = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile());
    expect(again.data?.importRegistrations.summary).toMatchObject({
      householdsCreated: 0,
      householdsUnchanged: 3,
      peopleCreated: 0,
      peopleUnchanged: 6,
      duplicatesQueued: 0,
    });
    const last = await counts();
    // Only the second run's own audited import row is new.
    expect({ ...last, audit: last.audit - 1 }).toEqual(after);
  });

  it('counts the households a changed file updates: the dry run says which fields would change, the import changes them', async () => {
    // HH-2 (rows 5-6) is now a returnee household.
    const changed = TABLE.map((row) => (row[0] === 'HH-2' && row[3] === 'idp' ? row.with(3, 'returnee') : row));
    const text = `${changed.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n')}\n`;
    const expected = {
      householdsCreated: 0,
      householdsUpdated: 1,
      householdsUnchanged: 2,
      peopleUpdated: 2,
      changes: [
        {
          household: 'rows 5-6',
          fields: ['members.0.populationGroup', 'members.1.populationGroup', 'populationGroup'],
        },
      ],
    };
    const dry = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA, dryRun: true }, csvFile(text));
    expect(dry.data?.importRegistrations.summary).toMatchObject({ dryRun: true, ...expected });
    const household = () =>
      gw.db.prisma.household.findFirstOrThrow({
        where: { head: { givenName: 'Ahmed', familyName: 'Jassim' } },
        select: { populationGroup: true },
      });
    expect(await household()).toEqual({ populationGroup: 'idp' });
    const real = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(text));
    expect(real.data?.importRegistrations.summary).toMatchObject({ dryRun: false, ...expected });
    expect(await household()).toEqual({ populationGroup: 'returnee' });
  });

  it('imports `rows` (ADMIN, any centre) through the same code', async () => {
    const rows = [
      HEADER,
      [
        'K-1',
        '2026-11-22',
        AREA_B,
        'host_community',
        'head',
        'Omar',
        'Saleh',
        'Mahmoud',
        'male',
        '1970-07-07',
        'yes',
        '',
        '',
      ],
    ];
    const answer = await post(fixture.keys.ADMIN, {
      centreId: fixture.centreB,
      rows: rows.map((cells) => ({ cells })),
    });
    expect(answer.data?.importRegistrations.summary).toMatchObject({
      centreCode: 'CRC-B',
      sourceName: 'rows',
      householdsCreated: 1,
      peopleCreated: 1,
    });
    const person = await gw.db.prisma.beneficiary.findFirstOrThrow({
      where: { givenName: 'Omar', familyName: 'Mahmoud' },
    });
    expect(person.registrationCentreId).toBe(fixture.centreB);
  });

  it('keeps to its budgets: a file over 1,000,000 bytes, more than 2,000 rows, file and rows together, a file that is no registration table', async () => {
    const before = await counts();
    const big = `${CSV}${'"HH-9","2026-11-20","","","child","x","y","z","male","2010-01-01","yes","",""\n'.repeat(16_000)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const tooBig = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(big));
    expect(tooBig.data?.importRegistrations).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'file', code: 'too_big' }],
    });
    // Past MAX_BODY_BYTES plus the file limit, the request is cut off before it is read.
    const huge = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(big.repeat(2)));
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 2_000_000 });
    const manyRows = await post(fixture.keys.STAFF_A, {
      centreId: fixture.centreA,
      rows: Array.from({ length: 2_002 }, () => ({ cells: ['x'] })),
    });
    expect(manyRows.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'importRegistrations.rows',
    });
    const longFile = `${HEADER.join(',')}\n${'"HH-9","2026-11-20","","","child","x","y","z","male","2010-01-01","yes","",""\n'.repeat(2_001)}`;
    const tooLong = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(longFile));
    expect(tooLong.data?.importRegistrations).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'file', code: 'too_big' }],
    });
    const both = await upload(
      fixture.keys.STAFF_A,
      { centreId: fixture.centreA, rows: [{ cells: HEADER }] },
      csvFile(),
    );
    expect(both.data?.importRegistrations).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ code: 'one_source' }],
    });
    const notATable = await upload(
      fixture.keys.STAFF_A,
      { centreId: fixture.centreA },
      csvFile('a,b\n1,2\n', 'notes.csv'),
    );
    expect(notATable.data?.importRegistrations).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'file', code: 'unreadable' }],
    });
    const notCsv = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(CSV, 'households.pdf'));
    expect(notCsv.data?.importRegistrations).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'file' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('imports a form export of the largest size it takes (2,000 rows) as an upload, within the default budgets', async () => {
    const rows = formExport(640, 2000);
    expect(rows.length - 1).toBeGreaterThan(1990);
    const text = `${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;
    const answer = await upload(fixture.keys.STAFF_A, { centreId: fixture.centreA }, csvFile(text, 'form-export.csv'));
    expect(answer.errors).toBeUndefined();
    const summary = answer.data?.importRegistrations.summary as Record<string, number>;
    expect(summary).toMatchObject({ rowsRead: rows.length - 1, householdsRejected: 5 });
    expect(summary.householdsCreated).toBeGreaterThan(550);
  }, 600_000);
});

/**
 * The issue's form export (@crc/intake's registration fixture: Arabic and English names, near
 * duplicates, 5 bad rows), cut after the last whole household within `maxRows` data rows.
 */
function formExport(households: number, maxRows: number): string[][] {
  const fixture = registrationFixture({ households });
  const rows = [...fixture.rows];
  let end = Math.min(rows.length, maxRows);
  while (end < rows.length && end > 0 && rows[end]!.household_id === rows[end - 1]!.household_id) end -= 1;
  return [[...FIXTURE_COLUMNS], ...rows.slice(0, end).map((row) => FIXTURE_COLUMNS.map((column) => row[column]))];
}

describe(`importRegistrations within its own database budget, other requests within theirs (${TEST_DATABASE_KIND})`, () => {
  let gw: TestGateway;
  let fixture: PeopleFixture;
  let tight: TestGateway;
  let tightFixture: PeopleFixture;
  beforeAll(async () => {
    // Every other request runs out of database time at once; the import keeps its default budget.
    gw = await createTestGateway({ REQUEST_DATABASE_BUDGET_MS: '1', STATEMENT_TIMEOUT_MS: '5000' });
    fixture = await seedPeople(gw);
    // The import's own budget set as tight: it answers QUERY_TIMEOUT.
    tight = await createTestGateway({ IMPORT_DATABASE_BUDGET_MS: '1' });
    tightFixture = await seedPeople(tight);
  }, 120_000);
  afterAll(async () => {
    await gw?.close();
    await tight?.close();
  });

  it('imports within IMPORT_DATABASE_BUDGET_MS while a query of the same key answers QUERY_TIMEOUT within REQUEST_DATABASE_BUDGET_MS', async () => {
    const rows = formExport(60, 2000);
    const answer = await gw.graphql<{ importRegistrations: { summary?: Record<string, number> } }>(IMPORT, {
      apiKey: fixture.keys.STAFF_A,
      variables: { centreId: fixture.centreA, rows: rows.map((cells) => ({ cells })) },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importRegistrations.summary).toMatchObject({ rowsRead: rows.length - 1 });
    expect(answer.data?.importRegistrations.summary?.householdsCreated).toBeGreaterThan(50);
    expect(await gw.db.prisma.household.count()).toBe(answer.data?.importRegistrations.summary?.householdsCreated);

    const query = await gw.graphql('{ beneficiaries(first: 5) { totalCount } }', { apiKey: fixture.keys.STAFF_A });
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', reason: 'request' });
    expect(query.errors?.[0]?.message).toMatch(/REQUEST_DATABASE_BUDGET_MS/);
  }, 300_000);

  it('answers QUERY_TIMEOUT past IMPORT_DATABASE_BUDGET_MS and writes nothing at all: the import is one transaction', async () => {
    const rows = formExport(100, 2000);
    const prisma = tight.db.prisma;
    const before = await Promise.all([prisma.beneficiary.count(), prisma.household.count(), prisma.auditLog.count()]);
    const answer = await tight.graphql<{ importRegistrations: unknown }>(IMPORT, {
      apiKey: tightFixture.keys.STAFF_A,
      variables: { centreId: tightFixture.centreA, rows: rows.map((cells) => ({ cells })) },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', reason: 'request' });
    expect(answer.errors?.[0]?.message).toMatch(/IMPORT_DATABASE_BUDGET_MS/);
    expect(await Promise.all([prisma.beneficiary.count(), prisma.household.count(), prisma.auditLog.count()])).toEqual(
      before,
    );
    expect(await prisma.registrationImport.count()).toBe(0);
  }, 300_000);
});

describe.runIf(TEST_DATABASE_KIND === 'postgresql')('importRegistrations past IMPORT_STATEMENT_TIMEOUT_MS', () => {
  let gw: TestGateway;
  let fixture: PeopleFixture;
  beforeAll(async () => {
    // The request's statement timeout stays generous: only the import's own one can cancel.
    gw = await createTestGateway({ IMPORT_STATEMENT_TIMEOUT_MS: '1', STATEMENT_TIMEOUT_MS: '60000' });
    fixture = await seedPeople(gw);
  }, 120_000);
  afterAll(async () => {
    await gw?.close();
  });

  it('answers QUERY_TIMEOUT naming IMPORT_STATEMENT_TIMEOUT_MS and its limit, and writes nothing', async () => {
    const rows = formExport(200, 2000);
    const prisma = gw.db.prisma;
    const before = await Promise.all([prisma.beneficiary.count(), prisma.household.count(), prisma.auditLog.count()]);
    const answer = await gw.graphql<{ importRegistrations: unknown }>(IMPORT, {
      apiKey: fixture.keys.STAFF_A,
      variables: { centreId: fixture.centreA, rows: rows.map((cells) => ({ cells })) },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', reason: 'statement', limitMs: 1 });
    expect(answer.errors?.[0]?.message).toMatch(/than 1 ms \(IMPORT_STATEMENT_TIMEOUT_MS\)/);
    expect(await Promise.all([prisma.beneficiary.count(), prisma.household.count(), prisma.auditLog.count()])).toEqual(
      before,
    );
  }, 300_000);
});
