import {
  defineAgeBrackets,
  disabilityStatusOf,
  WASHINGTON_GROUP_ANSWERS,
  WASHINGTON_GROUP_DOMAINS,
  type WashingtonGroupAnswers,
} from '@crc/domain';
import {
  keyedUniqueReach,
  RECORD_KEY_RESOLUTION,
  uniqueReach,
  type Dimension,
  type KeyedDeliveryRecord,
} from '@crc/metrics';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import type { ReachFilter } from './reach-filter';
import { reachInSql } from './reach-in-sql';

// Whole datasets drawn by fast-check (people, their deliveries, record keys at the edges
// of [0, 1)), written to the database, then every table and filter drawn compared with
// @crc/metrics on the same rows: the SQL may take any route (person first from
// beneficiary_reach_rollup, with or without a period, person first from the deliveries,
// per delivery), the answer must be uniqueReach's, cell keys included.

const id = (kind: number, n: number) =>
  `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`;
const CENTRES = [id(2, 1), id(2, 2)];
const PROGRAMMES = [id(3, 1), id(3, 2)];
const PROJECTS = [
  { id: id(4, 1), programme: PROGRAMMES[0]!, sector: 'education' },
  { id: id(4, 2), programme: PROGRAMMES[0]!, sector: 'employment' },
  { id: id(4, 3), programme: PROGRAMMES[1]!, sector: 'employment' },
];
const AREAS = ['IQG10Q05N02', 'IQG10Q05N01', 'IQG10Q01', 'IQG10', 'IQG15Q02N01', 'IQG01'];
const SERVICE_TYPES = ['legal_counselling', 'vocational_training', 'psychosocial_support'];
const SEXES = ['female', 'male', 'not_recorded'];
const GROUPS = ['idp', 'returnee', 'host_community'];
const DIMENSIONS: Dimension[] = [
  'sex',
  'ageBracket',
  'populationGroup',
  'disabilityStatus',
  'governorate',
  'district',
  'subdistrict',
  'sector',
  'serviceType',
];

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
/** Birth dates around the edges that matter: 29 February, the birthday on `at`, born after `at`, none. */
const birthDate = fc.oneof(
  { arbitrary: fc.constant(null), weight: 1 },
  // Exactly 0, 1, 6, 18, 24 or 60 years old on one of the dates `at` is often drawn from (bracket bounds).
  {
    arbitrary: fc.constantFrom(
      '2024-12-31',
      '2023-06-30',
      '2018-06-30',
      '2006-12-31',
      '2000-02-29',
      '1964-06-30',
      '2025-02-28',
    ),
    weight: 2,
  },
  { arbitrary: isoDate('1935-01-01', '2025-06-30'), weight: 3 },
);
/** Record keys on the 2^-32 grid, often at 0 and just under 1, so that sums wrap modulo 1. */
const recordKeyStep = fc.oneof(
  fc.constantFrom(0, 1, RECORD_KEY_RESOLUTION - 1, RECORD_KEY_RESOLUTION / 2),
  fc.integer({ min: 0, max: RECORD_KEY_RESOLUTION - 1 }),
);

/** Days in 2023-11 to 2024-03, often the first or last of a month: whole months come from the rollup, the rest from deliveries. */
const dayAroundMonthEnds = fc.oneof(
  fc.constantFrom(
    '2023-11-01',
    '2023-11-30',
    '2023-12-01',
    '2023-12-31',
    '2024-01-01',
    '2024-01-31',
    '2024-02-01',
    '2024-02-29',
    '2024-03-01',
    '2024-03-31',
  ),
  isoDate('2023-11-01', '2024-03-31'),
);

const person = fc.record({
  sex: fc.constantFrom(...SEXES),
  birthDate,
  area: fc.option(fc.constantFrom(...AREAS), { freq: 5 }),
  group: fc.constantFrom(...GROUPS),
  // The six Washington Group answers (never asked, or each answered or not), often at the cut-off.
  washingtonGroup: fc.option(
    fc.array(fc.option(fc.constantFrom(...WASHINGTON_GROUP_ANSWERS.map((answer) => answer.code)), { freq: 5 }), {
      minLength: WASHINGTON_GROUP_DOMAINS.length,
      maxLength: WASHINGTON_GROUP_DOMAINS.length,
    }),
    { freq: 3 },
  ),
  keyStep: recordKeyStep,
});
const delivery = fc.record({
  person: fc.nat(),
  centre: fc.constantFrom(...CENTRES),
  project: fc.option(fc.constantFrom(...PROJECTS), { freq: 4 }),
  serviceType: fc.constantFrom(...SERVICE_TYPES),
  deliveredOn: dayAroundMonthEnds,
});
const dataset = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 60 }),
  deliveries: fc.array(delivery, { maxLength: 200, size: 'large' }),
});
type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

/** A drawn person's answers by domain, as @crc/domain disabilityStatusOf reads them. */
function answersOf(washingtonGroup: readonly (string | null)[] | null): WashingtonGroupAnswers | null {
  if (washingtonGroup === null) return null;
  return Object.fromEntries(WASHINGTON_GROUP_DOMAINS.map((domain, i) => [domain.code, washingtonGroup[i] ?? null]));
}

/** A filter and the same condition on a loaded delivery. */
const filter = fc
  .record(
    {
      centreId: fc.constantFrom(...CENTRES),
      areaPcode: fc.constantFrom('IQG10', 'IQG10Q05', 'IQG15'),
      serviceType: fc.constantFrom(...SERVICE_TYPES),
      sector: fc.constantFrom('education', 'employment'),
      programmeId: fc.constantFrom(...PROGRAMMES),
      populationGroup: fc.constantFrom(...GROUPS),
      sex: fc.constantFrom('female', 'male'),
    },
    { requiredKeys: [] },
  )
  // At most two conditions, often none: more would leave most tables empty.
  .chain((conditions) =>
    fc.constantFrom(0, 0, 1, 2).map((k): ReachFilter => Object.fromEntries(Object.entries(conditions).slice(0, k))),
  )
  // A period most of the time, starting or ending on a month's first or last day or not.
  .chain((conditions) =>
    fc
      .record({ from: fc.option(dayAroundMonthEnds, { freq: 3 }), to: fc.option(dayAroundMonthEnds, { freq: 3 }) })
      .map(({ from, to }): ReachFilter => ({
        ...conditions,
        ...(from === null ? {} : { from }),
        ...(to === null ? {} : { to }),
      })),
  )
  .filter((f) => f.from === undefined || f.to === undefined || f.from <= f.to);

interface Loaded extends KeyedDeliveryRecord {
  readonly centreId: string;
  readonly deliveredOn: string;
  readonly programmeId: string | null;
}

function matches(f: ReachFilter, d: Loaded): boolean {
  return (
    (f.centreId === undefined || d.centreId === f.centreId) &&
    (f.areaPcode === undefined || (d.areaPcode?.startsWith(f.areaPcode) ?? false)) &&
    (f.from === undefined || d.deliveredOn >= String(f.from)) &&
    (f.to === undefined || d.deliveredOn <= String(f.to)) &&
    (f.serviceType === undefined || d.serviceType === f.serviceType) &&
    (f.sector === undefined || d.sector === f.sector) &&
    (f.programmeId === undefined || d.programmeId === f.programmeId) &&
    (f.populationGroup === undefined || d.populationGroup === f.populationGroup) &&
    (f.sex === undefined || d.sex === f.sex)
  );
}

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  await db.prisma.centre.createMany({
    data: CENTRES.map((centre, i) => ({
      id: centre,
      code: `CRC-RND-${i + 1}`,
      name: `Centre ${i + 1}`,
      kind: 'community_resource_centre',
      areaPcode: 'IQG10Q05N02',
    })),
  });
  await db.prisma.programme.createMany({
    data: PROGRAMMES.map((programme, i) => ({ id: programme, code: `RND-P${i + 1}`, name: `Programme ${i + 1}` })),
  });
  await db.prisma.project.createMany({
    data: PROJECTS.map((project, i) => ({
      id: project.id,
      code: `RND-PRJ-${i + 1}`,
      programmeId: project.programme,
      title: `Project ${i + 1}`,
      type: 'community_assistance_project',
      sector: project.sector,
      status: 'implementation',
    })),
  });
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** Replaces the people and deliveries in the database by the dataset's; returns the deliveries as @crc/metrics reads them. */
async function write({ people, deliveries }: Dataset): Promise<Loaded[]> {
  await db.prisma.$executeRaw`DELETE FROM service_delivery`;
  await db.prisma.$executeRaw`DELETE FROM beneficiary`;
  const ids = people.map((_, n) => id(5, n + 1));
  // People are written without their area and answers, which come as corrections after
  // their deliveries: beneficiary_reach_rollup's copies must follow them.
  await db.prisma.$executeRaw`
    INSERT INTO beneficiary (id, registration_centre_id, given_name, name_key, birth_date, sex, population_group, registered_on, record_key)
    SELECT person.id, ${CENTRES[0]}::uuid, 'Person', 'person', person.birth, person.sex, person.grp, DATE '2023-01-01', person.step / ${RECORD_KEY_RESOLUTION}::float8
    FROM unnest(${ids}::uuid[], ${people.map((p) => p.birthDate)}::date[], ${people.map((p) => p.sex)}::text[],
                ${people.map((p) => p.group)}::text[], ${people.map((p) => p.keyStep)}::float8[]) AS person(id, birth, sex, grp, step)`;
  const rows = deliveries.map((d) => ({ ...d, personIndex: d.person % people.length }));
  if (rows.length > 0) {
    await db.prisma.$executeRaw`
      INSERT INTO service_delivery (beneficiary_id, centre_id, project_id, service_type, delivered_on)
      SELECT * FROM unnest(${rows.map((d) => ids[d.personIndex]!)}::uuid[], ${rows.map((d) => d.centre)}::uuid[], ${rows.map((d) => d.project?.id ?? null)}::uuid[],
                           ${rows.map((d) => d.serviceType)}::text[], ${rows.map((d) => d.deliveredOn)}::date[])`;
  }
  await db.prisma.$executeRaw`
    UPDATE beneficiary b SET area_pcode = a.area
    FROM unnest(${ids}::uuid[], ${people.map((p) => p.area)}::text[]) AS a(id, area) WHERE b.id = a.id`;
  for (const [i, domain] of WASHINGTON_GROUP_DOMAINS.entries()) {
    await db.prisma.$executeRawUnsafe(
      `UPDATE beneficiary b SET disability_${domain.code} = a.answer
         FROM unnest($1::uuid[], $2::text[]) AS a(id, answer) WHERE b.id = a.id`,
      ids,
      people.map((p) => p.washingtonGroup?.[i] ?? null),
    );
  }
  return rows.map((d) => {
    const p = people[d.personIndex]!;
    return {
      beneficiaryId: ids[d.personIndex]!,
      recordKey: p.keyStep / RECORD_KEY_RESOLUTION,
      sex: p.sex as KeyedDeliveryRecord['sex'],
      dateOfBirth: p.birthDate,
      populationGroup: p.group as KeyedDeliveryRecord['populationGroup'],
      disabilityStatus: disabilityStatusOf(answersOf(p.washingtonGroup)),
      areaPcode: p.area,
      sector: (d.project?.sector ?? null) as KeyedDeliveryRecord['sector'],
      serviceType: d.serviceType as KeyedDeliveryRecord['serviceType'],
      centreId: d.centre,
      deliveredOn: d.deliveredOn,
      programmeId: d.project?.programme ?? null,
    };
  });
}

describe(`reachInSql on random datasets equals @crc/metrics uniqueReach (database: ${TEST_DATABASE_KIND})`, () => {
  it('gives every cell and total the count and cell key of keyedUniqueReach, for any dataset, table and filter', async () => {
    // Ages on birthdays (29 February in leap and common years) as often as on other days.
    const at = fc.oneof(
      fc.constantFrom('2024-06-30', '2024-12-31', '2024-02-28', '2024-02-29', '2025-02-28', '2025-03-01'),
      fc.constantFrom('2024-06-30', '2024-12-31'),
      isoDate('2023-06-01', '2025-06-30'),
    );
    const brackets = fc.constantFrom(undefined, defineAgeBrackets([0, 1, 18, 60]), defineAgeBrackets([0, 24]));
    const tables = fc.array(
      fc.record({ by: fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { maxLength: 3 }), filter, at, brackets }),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(dataset, tables, async (data, asked) => {
        const loaded = await write(data);
        for (const { by, filter: f, at, brackets: b } of asked) {
          const options = { by, at, ...(b ? { brackets: b } : {}) };
          const subset = loaded.filter((d) => matches(f, d));
          const sql = await reachInSql(db.prisma, { ...options, filter: f });
          expect(sql).toEqual(keyedUniqueReach(subset, options));
          const { cells, rowTotals, columnTotals, grandTotal, deliveries } = uniqueReach(subset, options);
          expect({
            cells: sql.cells,
            rowTotals: sql.rowTotals,
            columnTotals: sql.columnTotals,
            grandTotal: sql.grandTotal,
            deliveries: sql.deliveries,
          }).toEqual({
            cells,
            rowTotals,
            columnTotals,
            grandTotal,
            deliveries,
          });
        }
      }),
      { numRuns: 100 },
    );
  }, 240_000);
});
