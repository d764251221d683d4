import { nameKey, nameSoundKey } from '@crc/domain';
import { Prisma, type PrismaClient } from '../generated/prisma/client';

/**
 * How alike the searched sound key and a stored one must be (pg_trgm
 * strict_word_similarity, 0..1): `mhmd` finds `mhmd hsn l` (1), `ftm hsn` does not find
 * `mhmd hsn l` (0.5, one word of two), nor `hmd` (Ahmed) `mhmd` (0.3).
 */
export const NAME_SOUND_SIMILARITY = 0.6;

/** Most people one name search answers: it lists candidates for a person to look at. */
export const NAME_SEARCH_LIMIT = 200;

/** Words of the searched name compared by sound: a full name has at most six (given, father, grandfather, family, tribe). */
const SOUND_WORDS = 6;

export interface NameSearch {
  /** The searched name, any script and spelling. */
  readonly search: string;
  /** Only people registered at these centres; null for everyone (ADMIN). */
  readonly centreIds: readonly string[] | null;
  /** At most this many ids, best matches first (default NAME_SEARCH_LIMIT). */
  readonly limit?: number;
  /**
   * The list's other conditions, applied in the same statement before the limit: filtering
   * the best matches afterwards would miss people ranked below the limit by others.
   */
  readonly where?: NameSearchFilter;
}

/** Conditions a name search's people must also meet (each optional). */
export interface NameSearchFilter {
  /** Registered at this centre (UUID). */
  readonly registrationCentreId?: string;
  /** Living in this area or in an area inside it: the p-code's prefix (a governorate includes its districts). */
  readonly areaPcodePrefix?: string;
  readonly sex?: string;
  readonly populationGroup?: string;
  /** Leave out records merged into another (duplicate review): the record kept is the person. */
  readonly unmergedOnly?: boolean;
}

/** `text` for LIKE, with LIKE's own wildcards in it taken literally. */
function literally(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** `%text%` for LIKE. */
function containing(text: string): string {
  return `%${literally(text)}%`;
}

/** The filter's conditions as SQL, TRUE when it has none. */
function filterSql(where: NameSearchFilter | undefined): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (where?.registrationCentreId !== undefined)
    conditions.push(Prisma.sql`registration_centre_id = ${where.registrationCentreId}::uuid`);
  if (where?.areaPcodePrefix !== undefined)
    conditions.push(Prisma.sql`area_pcode LIKE ${`${literally(where.areaPcodePrefix)}%`}`);
  if (where?.sex !== undefined) conditions.push(Prisma.sql`sex = ${where.sex}`);
  if (where?.populationGroup !== undefined) conditions.push(Prisma.sql`population_group = ${where.populationGroup}`);
  if (where?.unmergedOnly === true) conditions.push(Prisma.sql`merged_into_id IS NULL`);
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}

/**
 * The statement of a name search, or null when it cannot match anyone: ids of the people
 * whose name answers it, best first, on the pg_trgm indexes of beneficiary (PostgreSQL and
 * PGlite alike). A person matches when the folded name key contains the searched one (same
 * spelling, any script: `فاطمه` finds `فاطمة حسين`), or when the sound keys are alike word by
 * word (across scripts: `Mohammed` finds `محمد`). People whose sound key is not filled yet
 * are found by the first rule only.
 */
export function nameSearchSql(query: NameSearch): Prisma.Sql | null {
  const key = nameKey(query.search);
  const centres = query.centreIds === null ? null : [...query.centreIds];
  if (key === '' || (centres !== null && centres.length === 0)) return null;
  const sound = nameSoundKey(query.search).split(' ').slice(0, SOUND_WORDS).join(' ');
  const pattern = containing(key);
  const byCentre = centres === null ? Prisma.sql`TRUE` : Prisma.sql`registration_centre_id = ANY(${centres}::uuid[])`;
  // `<<%` (strict word similarity above pg_trgm's own threshold, 0.5 by default) is what the
  // GIN index answers; the function call then applies the platform's threshold.
  const alike =
    sound === ''
      ? Prisma.sql`FALSE`
      : Prisma.sql`(${sound} <<% name_sound_key AND strict_word_similarity(${sound}, name_sound_key) >= ${NAME_SOUND_SIMILARITY})`;
  return Prisma.sql`
    SELECT id::text AS id
    FROM beneficiary
    WHERE ${byCentre} AND ${filterSql(query.where)} AND (name_key LIKE ${pattern} OR ${alike})
    ORDER BY (name_key LIKE ${pattern}) DESC, strict_word_similarity(${sound}, coalesce(name_sound_key, '')) DESC, id
    LIMIT ${query.limit ?? NAME_SEARCH_LIMIT}`;
}

/** Ids of the people whose name answers the search, best first (see nameSearchSql): one SQL statement. */
export async function beneficiaryIdsMatchingName(prisma: PrismaClient, query: NameSearch): Promise<string[]> {
  const statement = nameSearchSql(query);
  if (statement === null) return [];
  const rows = await prisma.$queryRaw<{ id: string }[]>(statement);
  return rows.map((row) => row.id);
}
