import { nameKey, nameSoundKey } from '@crc/domain';
import type { Actor } from '../commands/actor';
import { DUPLICATE_THRESHOLD, duplicateSimilarity, type PersonToRegister } from '../commands/duplicate-candidates';
import { DUPLICATE_PREFILTER_SQL, spaceFree } from './duplicate-prefilter';

/** What the search needs of the database: raw SQL (Prisma's client or an open transaction). */
export interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** A registered person found for one of the searched people (never shown: ids and keys only). */
export interface RegisteredCandidate {
  readonly id: string;
  readonly registrationCentreId: string;
  readonly nameKey: string;
  /** 'YYYY-MM-DD'. */
  readonly dateOfBirth: string;
  readonly areaOfResidencePcode: string;
  readonly phone: string | null;
  /** duplicateSimilarity of the two names, >= DUPLICATE_THRESHOLD. */
  readonly similarity: number;
  readonly sameNameKey: boolean;
}

export interface ManyDuplicateSearch {
  /** Candidates of each searched person, by the person's index, most similar first. */
  readonly candidates: readonly (readonly RegisteredCandidate[])[];
  /** Registered people the database returned (after the pre-filter): the pairs scored in process. */
  readonly rowsRead: number;
}

/** Searched people in one statement: a few thousand index range scans, answered in well under a second. */
export const PEOPLE_PER_STATEMENT = 2000;

interface Row {
  i: number | string;
  id: string;
  registration_centre_id: string;
  name_key: string;
  birth_date: Date | string;
  area_pcode: string;
  phone: string | null;
}

const isoDay = (value: Date | string) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/**
 * findDuplicateCandidates for many people at once, with the same answer: for each person,
 * the registered people the actor may see (ADMIN all, CENTRE_STAFF their centres', others
 * nobody), not merged or erased, of the same area of residence and birth year, whose name
 * scores at least DUPLICATE_THRESHOLD by duplicateSimilarity. One statement per
 * PEOPLE_PER_STATEMENT people: `unnest` of their blocks joined to beneficiary on the
 * `(area_pcode, birth_date)` index, the trigram pre-filter (duplicate-prefilter.ts) applied
 * in the database, so only the few rows that may match come back to be scored here.
 * `score` may be a remembering version of duplicateSimilarity (same values).
 */
export async function findDuplicateCandidatesOfMany(
  db: RawQuery,
  actor: Actor,
  people: readonly PersonToRegister[],
  score: (fullName: string, storedNameKey: string) => number = duplicateSimilarity,
): Promise<ManyDuplicateSearch> {
  const candidates: RegisteredCandidate[][] = people.map(() => []);
  const centres = actor.role === 'ADMIN' ? null : actor.role === 'CENTRE_STAFF' ? [...actor.centreIds] : [];
  if (centres !== null && centres.length === 0) return { candidates, rowsRead: 0 };
  const keys = people.map((person) => nameKey(person.fullName));
  let rowsRead = 0;
  for (let start = 0; start < people.length; start += PEOPLE_PER_STATEMENT) {
    const slice = people.slice(start, start + PEOPLE_PER_STATEMENT);
    const sliceKeys = keys.slice(start, start + PEOPLE_PER_STATEMENT);
    const year = (person: PersonToRegister) => Number(person.dateOfBirth.slice(0, 4));
    const rows = await db.$queryRawUnsafe<Row[]>(
      // OFFSET 0 keeps the subquery a nested loop, one index range scan a person: joined freely,
      // the planner may hash all the people of an area against the batch instead.
      `SELECT q.i, found.*
         FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[], $7::text[])
                AS q(i, area, from_day, to_day, name_key, space_free_name_key, space_free_sound_key)
         CROSS JOIN LATERAL (
           SELECT b.id::text AS id, b.registration_centre_id::text AS registration_centre_id,
                  b.name_key, b.birth_date, b.area_pcode, b.phone
             FROM beneficiary b
            WHERE b.area_pcode = q.area AND b.birth_date >= q.from_day AND b.birth_date < q.to_day
              AND ($8::uuid[] IS NULL OR b.registration_centre_id = ANY($8::uuid[]))
              AND b.merged_into_id IS NULL AND b.erased_at IS NULL
              AND ${DUPLICATE_PREFILTER_SQL}
           OFFSET 0) AS found`,
      slice.map((_, offset) => start + offset),
      slice.map((person) => person.areaOfResidencePcode),
      slice.map((person) => `${String(year(person)).padStart(4, '0')}-01-01`),
      slice.map((person) => `${String(year(person) + 1).padStart(4, '0')}-01-01`),
      sliceKeys,
      sliceKeys.map(spaceFree),
      sliceKeys.map((key) => spaceFree(nameSoundKey(key))),
      centres,
    );
    rowsRead += rows.length;
    for (const row of rows) {
      const index = Number(row.i);
      const person = people[index]!;
      const similarity = score(person.fullName, row.name_key);
      if (similarity < DUPLICATE_THRESHOLD) continue;
      candidates[index]!.push({
        id: row.id,
        registrationCentreId: row.registration_centre_id,
        nameKey: row.name_key,
        dateOfBirth: isoDay(row.birth_date),
        areaOfResidencePcode: row.area_pcode,
        phone: row.phone,
        similarity,
        sameNameKey: row.name_key === keys[index],
      });
    }
  }
  for (const list of candidates) list.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id));
  return { candidates, rowsRead };
}
