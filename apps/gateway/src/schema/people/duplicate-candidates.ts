import type { DuplicateCandidate } from '@crc/db';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { ErrorInterface } from '../common/errors';
import { BeneficiaryObject } from './beneficiary';

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

/** A registration command's possible duplicates as the mutation answers them (registerBeneficiary, createHousehold). */
export function possibleDuplicatesError(
  context: GatewayContext,
): (failure: { readonly candidates: readonly DuplicateCandidate[] }) => PossibleDuplicatesError {
  return (failure) =>
    new PossibleDuplicatesError(
      context.i18n.t('gateway.possibleDuplicates', { count: failure.candidates.length }),
      failure.candidates,
    );
}

const DuplicateCandidateRef = builder.objectRef<DuplicateCandidate>('DuplicateCandidate').implement({
  description: 'A registered person who may be the one being registered.',
  fields: (t) => ({
    beneficiary: t.field({
      type: BeneficiaryObject,
      description: 'The registered person (the caller may see them).',
      resolve: (c) => c.beneficiary,
    }),
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
