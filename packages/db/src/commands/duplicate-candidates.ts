import { nameKey, nameSimilarity } from '@crc/domain';
import type { Beneficiary, Prisma } from '../generated/prisma/client';
import type { Actor } from './actor';
import type { Tx } from './in-transaction';

/** A registered person who may be the one being registered. */
export interface DuplicateCandidate {
  readonly beneficiary: Beneficiary;
  /** How alike the names are, 0..1 (1: the same name key). */
  readonly similarity: number;
  /** Both names fold to the same key (أحمد / احمد), not only sound alike. */
  readonly sameNameKey: boolean;
}

/** What duplicate detection compares: the full name, the birth date and the area of residence. */
export interface PersonToRegister {
  readonly fullName: string;
  /** 'YYYY-MM-DD'. */
  readonly dateOfBirth: string;
  readonly areaOfResidencePcode: string;
}

/**
 * Whole-name nameSimilarity at or above this makes a registered person a possible
 * duplicate. 0.85 keeps transliterations of the same full name (Mohammed Hassan Ali /
 * محمد حسن علي ≈ 0.89, Fatima Hussein / فاطمة حسين ≈ 0.89) and drops different ones
 * (Ahmed Hassan Ali / محمد حسن علي ≈ 0.78); the birth year and area must match too.
 */
export const DUPLICATE_THRESHOLD = 0.85;

/** How alike a name being registered is to a stored name key: 1 for the same key, else nameSimilarity. */
export function duplicateSimilarity(fullName: string, storedNameKey: string): number {
  return storedNameKey === nameKey(fullName) ? 1 : nameSimilarity(fullName, storedNameKey);
}

/** The people an actor may compare against: ADMIN everyone, CENTRE_STAFF their centres' people, others nobody. */
function peopleVisibleTo(actor: Actor): Prisma.BeneficiaryWhereInput {
  if (actor.role === 'ADMIN') return {};
  return { registrationCentreId: { in: actor.role === 'CENTRE_STAFF' ? [...actor.centreIds] : [] } };
}

/**
 * People already registered who may be this person: same area of residence, born the
 * same year, and the same name key or a name at least DUPLICATE_THRESHOLD alike (any
 * script: محمد and Mohammed match), most similar first. Only among the people the actor
 * may see, so the check never tells staff whether someone is registered at another
 * centre. Inside a transaction it also sees the people registered earlier in it (the
 * rows of one import find each other).
 */
export async function findDuplicateCandidates(
  tx: Tx,
  actor: Actor,
  person: PersonToRegister,
): Promise<DuplicateCandidate[]> {
  const year = Number(person.dateOfBirth.slice(0, 4));
  const sameYearAndArea = await tx.beneficiary.findMany({
    where: {
      AND: [
        peopleVisibleTo(actor),
        { areaOfResidencePcode: person.areaOfResidencePcode },
        // A record merged into another is that other person now; an erased one has no name to match.
        { mergedIntoId: null, erasedAt: null },
        { dateOfBirth: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      ],
    },
  });
  const key = nameKey(person.fullName);
  return sameYearAndArea
    .map((beneficiary) => ({
      beneficiary,
      sameNameKey: beneficiary.nameKey === key,
      similarity: duplicateSimilarity(person.fullName, beneficiary.nameKey),
    }))
    .filter((candidate) => candidate.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity);
}

/** The name a person is searched and de-duplicated by: the name parts in order, blanks left out. */
export function fullNameOf(parts: {
  readonly givenName: string;
  readonly fatherName?: string | null;
  readonly familyName?: string | null;
}): string {
  return [parts.givenName, parts.fatherName, parts.familyName]
    .filter((part): part is string => !!part && part.trim() !== '')
    .join(' ');
}
