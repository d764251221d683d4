import type { Actor } from '@crc/db';
import { blockOf, type ExistingPerson } from './probable-duplicates';
import type { PersonToMatch } from './person-to-match';

/** What the search needs of the database: raw SQL (Prisma's client or an open transaction). */
export interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Blocks asked for in one statement. */
const BLOCKS_PER_QUERY = 500;

interface Row {
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
 * The registered people who share an area of residence and a birth year with someone of
 * the file: one statement per 500 (area, year) blocks, each block a range scan of the
 * `beneficiary (area_pcode, birth_date)` index, never a scan of everyone. Only people the
 * actor may see (ADMIN: all; CENTRE_STAFF: their centres'), as the registration command
 * searches, so an import tells staff nothing about other centres' people.
 */
export async function searchExistingPeople(
  db: RawQuery,
  actor: Actor,
  people: readonly PersonToMatch[],
): Promise<ExistingPerson[]> {
  const blocks = [...new Map(people.map((person) => [blockOf(person), person])).values()];
  const centres = actor.role === 'ADMIN' ? null : actor.role === 'CENTRE_STAFF' ? [...actor.centreIds] : [];
  if (centres !== null && centres.length === 0) return [];
  const found: ExistingPerson[] = [];
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_QUERY) {
    const slice = blocks.slice(start, start + BLOCKS_PER_QUERY);
    const areas = slice.map((person) => person.areaOfResidencePcode);
    const from = slice.map((person) => `${person.dateOfBirth.slice(0, 4)}-01-01`);
    const to = slice.map((person) => `${Number(person.dateOfBirth.slice(0, 4)) + 1}-01-01`);
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT b.id::text AS id, b.registration_centre_id::text AS registration_centre_id, b.name_key, b.birth_date, b.area_pcode, b.phone
         FROM unnest($1::text[], $2::date[], $3::date[]) AS q(area, from_day, to_day)
         JOIN beneficiary b ON b.area_pcode = q.area AND b.birth_date >= q.from_day AND b.birth_date < q.to_day
        WHERE ($4::uuid[] IS NULL OR b.registration_centre_id = ANY($4::uuid[]))`,
      areas,
      from,
      to,
      centres,
    );
    for (const row of rows) {
      found.push({
        id: row.id,
        registrationCentreId: row.registration_centre_id,
        nameKey: row.name_key,
        dateOfBirth: isoDay(row.birth_date),
        areaOfResidencePcode: row.area_pcode,
        phone: row.phone,
      });
    }
  }
  return found;
}
