import { findDuplicateCandidatesOfMany, type Actor, type RawQuery } from '@crc/db';
import { matchReasons, similarity, type ProbableDuplicate } from './probable-duplicates';
import type { PersonToMatch } from './person-to-match';

export type { RawQuery } from '@crc/db';

/** The probable duplicates of the file's people among registered people, and the work it took. */
export interface RegisteredDuplicates {
  readonly duplicates: ProbableDuplicate[];
  /** Registered people the database sent back after its pre-filter: the pairs scored here. */
  readonly rowsRead: number;
}

/**
 * Probable duplicates of the file's people among the registered people the actor may see
 * (ADMIN: all; CENTRE_STAFF: their centres'), by the registration command's rule (@crc/db
 * findDuplicateCandidatesOfMany: same area, same birth year, DUPLICATE_THRESHOLD), so an
 * import flags exactly what registering the rows one by one would and tells staff nothing
 * about other centres' people. The candidates are searched in the database, a statement
 * per 2,000 people, and only those its trigram pre-filter keeps are scored here.
 */
export async function searchExistingPeople(
  db: RawQuery,
  actor: Actor,
  people: readonly PersonToMatch[],
  score: (fullName: string, otherNameKey: string) => number = similarity,
): Promise<RegisteredDuplicates> {
  const { candidates, rowsRead } = await findDuplicateCandidatesOfMany(db, actor, people, score);
  const duplicates = people.flatMap((person, index) =>
    (candidates[index] ?? []).map((candidate): ProbableDuplicate => ({
      person,
      other: { kind: 'existing', person: candidate },
      score: candidate.similarity,
      reasons: matchReasons(person, candidate),
    })),
  );
  return { duplicates, rowsRead };
}
