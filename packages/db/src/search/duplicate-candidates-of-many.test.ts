import { nameKey } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../commands/actor';
import { findDuplicateCandidates, type PersonToRegister } from '../commands/duplicate-candidates';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { findDuplicateCandidatesOfMany, PEOPLE_PER_STATEMENT } from './duplicate-candidates-of-many';
import { pickOne, randomName, seeded, variantOf, written } from './duplicate-names.test-data';

// Two sub-districts of Diyala and three birth years: blocks of ~50 registered people each.
const AREAS = ['IQG10Q05N02', 'IQG10Q05N01'] as const;
const ARABIC = /[\u0600-\u06FF]/;

let testDb: TestDatabase;
let db: Db;
let centres: { a: string; b: string };
const searched: PersonToRegister[] = [];

const dayIn = (random: () => number, year: number) =>
  `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const [a, b] = await Promise.all(
    ['A', 'B'].map((code) =>
      db.prisma.centre.create({
        data: { code: `CRC-${code}`, name: `Centre ${code}`, kind: 'community_resource_centre', areaPcode: AREAS[0] },
        select: { id: true },
      }),
    ),
  );
  centres = { a: a!.id, b: b!.id };

  // Registered people, mixed Arabic and English; a third registered twice under another spelling or script.
  const random = seeded(1414);
  const rows: { name: string; area: string; born: string; centre: string }[] = [];
  for (let n = 0; n < 240; n++) {
    const draft = randomName(random);
    const area = pickOne(random, AREAS);
    const year = 1980 + Math.floor(random() * 3);
    const centre = random() < 0.7 ? centres.a : centres.b;
    rows.push({ name: written(draft), area, born: dayIn(random, year), centre });
    if (n % 3 === 0) rows.push({ name: variantOf(random, draft), area, born: dayIn(random, year), centre });
    // The people an import brings: variants of registered people (same area and year), and new names.
    if (n % 2 === 0)
      searched.push({
        fullName: variantOf(random, draft),
        dateOfBirth: dayIn(random, year),
        areaOfResidencePcode: area,
      });
  }
  for (let n = 0; n < 60; n++) {
    searched.push({
      fullName: written(randomName(random)),
      dateOfBirth: dayIn(random, 1980 + Math.floor(random() * 3)),
      areaOfResidencePcode: pickOne(random, AREAS),
    });
  }
  await db.prisma.beneficiary.createMany({
    data: rows.map((row) => ({
      registrationCentreId: row.centre,
      givenName: row.name.split(' ')[0]!,
      familyName: row.name.split(' ').slice(1).join(' ') || null,
      nameKey: nameKey(row.name),
      dateOfBirth: new Date(`${row.born}T00:00:00Z`),
      areaOfResidencePcode: row.area,
      sex: 'female',
      populationGroup: 'idp',
      registeredOn: new Date('2024-01-01T00:00:00Z'),
    })),
  });
  // A merged record and an erased one match nobody, in either search.
  const [kept, merged, erased] = await db.prisma.beneficiary.findMany({ take: 3, orderBy: { id: 'asc' } });
  await db.prisma.beneficiary.update({ where: { id: merged!.id }, data: { mergedIntoId: kept!.id } });
  await db.prisma.beneficiary.update({ where: { id: erased!.id }, data: { erasedAt: new Date() } });
}, 180_000);

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** What the registration command's per-person search finds for each person: id and similarity. */
async function perPerson(actor: Actor): Promise<string[][]> {
  const found: string[][] = [];
  for (const person of searched) {
    const candidates = await findDuplicateCandidates(db.prisma, actor, person);
    found.push(candidates.map((candidate) => `${candidate.beneficiary.id} ${candidate.similarity.toFixed(6)}`).sort());
  }
  return found;
}

async function batched(actor: Actor): Promise<string[][]> {
  const { candidates } = await findDuplicateCandidatesOfMany(db.prisma, actor, searched);
  return candidates.map((list) => list.map((candidate) => `${candidate.id} ${candidate.similarity.toFixed(6)}`).sort());
}

describe('findDuplicateCandidatesOfMany', () => {
  const admin: Actor = { name: 'test:admin', role: 'ADMIN', centreIds: new Set() };

  it('finds for each person exactly what findDuplicateCandidates finds, cross-script pairs included (ADMIN)', async () => {
    const expected = await perPerson(admin);
    expect(await batched(admin)).toEqual(expected);

    // The fixture is worth something: many people have candidates, some of them in the other script.
    const { candidates } = await findDuplicateCandidatesOfMany(db.prisma, admin, searched);
    const withCandidates = candidates.filter((list) => list.length > 0).length;
    const crossScript = candidates.flatMap((list, n) =>
      list.filter((candidate) => ARABIC.test(candidate.nameKey) !== ARABIC.test(searched[n]!.fullName)),
    ).length;
    expect(withCandidates).toBeGreaterThan(60);
    expect(crossScript).toBeGreaterThan(10);
  });

  it('sees only the centres of CENTRE_STAFF, and nobody for other roles', async () => {
    const staff: Actor = { name: 'test:staff', role: 'CENTRE_STAFF', centreIds: new Set([centres.b]) };
    expect(await batched(staff)).toEqual(await perPerson(staff));
    const partner: Actor = { name: 'test:partner', role: 'PARTNER', centreIds: new Set() };
    const { candidates, rowsRead } = await findDuplicateCandidatesOfMany(db.prisma, partner, searched);
    expect(rowsRead).toBe(0);
    expect(candidates.every((list) => list.length === 0)).toBe(true);
  });

  it('reads far fewer rows than the blocks hold, in one statement per PEOPLE_PER_STATEMENT people', async () => {
    const statements: string[] = [];
    const counting = {
      $queryRawUnsafe: <T>(query: string, ...values: unknown[]) => {
        statements.push(query);
        return db.prisma.$queryRawUnsafe<T>(query, ...values);
      },
    };
    const { rowsRead } = await findDuplicateCandidatesOfMany(counting, admin, searched);
    expect(statements).toHaveLength(Math.ceil(searched.length / PEOPLE_PER_STATEMENT));
    const blocks = await db.prisma.$queryRawUnsafe<{ inBlocks: number }[]>(
      `SELECT count(*)::int AS "inBlocks"
         FROM unnest($1::text[], $2::int[]) AS q(area, year)
         JOIN beneficiary b ON b.area_pcode = q.area AND extract(year FROM b.birth_date) = q.year`,
      searched.map((person) => person.areaOfResidencePcode),
      searched.map((person) => Number(person.dateOfBirth.slice(0, 4))),
    );
    expect(rowsRead).toBeLessThan(blocks[0]!.inBlocks / 3);
  });
});
