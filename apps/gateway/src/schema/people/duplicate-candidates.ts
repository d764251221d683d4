import type { Beneficiary as BeneficiaryRow, Prisma } from '@crc/db';
import { nameKey } from '@crc/domain';
import { nameSimilarity } from '@crc/i18n';
import type { Viewer } from '../../auth/viewer';
import { builder } from '../../builder';
import { ErrorInterface } from '../common/errors';
import { BeneficiaryObject } from './beneficiary';
import { DUPLICATE_THRESHOLD } from './name-match';
import { visibleBeneficiaries } from './people-access';

export interface DuplicateCandidate {
  readonly beneficiary: BeneficiaryRow;
  readonly similarity: number;
  readonly sameNameKey: boolean;
}

/** registerBeneficiary found people who may be the one being registered; nothing was written. */
export class PossibleDuplicatesError extends Error {
  constructor(
    message: string,
    readonly candidates: readonly DuplicateCandidate[],
  ) {
    super(message);
    this.name = 'PossibleDuplicatesError';
  }
}

export interface PersonToRegister {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly areaPcode: string;
}

/** How alike a name being registered is to a stored name key: 1 for the same key, else nameSimilarity. */
export function duplicateSimilarity(fullName: string, storedNameKey: string): number {
  return storedNameKey === nameKey(fullName) ? 1 : nameSimilarity(fullName, storedNameKey);
}

/**
 * People already registered who may be this person: same area of residence, born the
 * same year, and the same name key or a name at least DUPLICATE_THRESHOLD alike
 * (any script: محمد and Mohammed match). Searched only among the people the viewer
 * may see, so the check never tells a staff key whether someone is registered at
 * another centre; ADMIN keys see duplicates across all centres.
 */
export async function findDuplicateCandidates(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  person: PersonToRegister,
): Promise<DuplicateCandidate[]> {
  const year = Number(person.dateOfBirth.slice(0, 4));
  const sameYearAndArea = await tx.beneficiary.findMany({
    where: {
      AND: [
        visibleBeneficiaries(viewer),
        { areaPcode: person.areaPcode },
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

const DuplicateCandidateRef = builder.objectRef<DuplicateCandidate>('DuplicateCandidate').implement({
  description: 'A registered person who may be the one being registered.',
  fields: (t) => ({
    beneficiary: t.field({ type: BeneficiaryObject, description: 'The registered person (the caller may see them).', resolve: (c) => c.beneficiary }),
    similarity: t.float({
      description: 'How alike the names are, 0 to 1, across scripts and spellings (1: the same normalised name).',
      resolve: (candidate) => candidate.similarity,
    }),
    sameNameKey: t.boolean({
      description: 'True when both names normalise to the same key (e.g. أحمد / احمد), not only sound alike.',
      resolve: (candidate) => candidate.sameNameKey,
    }),
  }),
});

builder.objectType(PossibleDuplicatesError, {
  name: 'PossibleDuplicates',
  description:
    'People already registered in the same area, born the same year, with the same or a similar name. Nothing was written: check them, then call again with `confirmNotDuplicate: true` to register anyway.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    candidates: t.field({
      type: [DuplicateCandidateRef],
      description: 'The possible duplicates, most similar first.',
      resolve: (error) => [...error.candidates],
    }),
  }),
});
