import { z } from 'zod';
import { DuplicateMatchReasonSchema } from '../vocabularies/duplicate-match-reasons';
import { IdSchema } from './id';

const DecisionReasonSchema = z.string().trim().min(1, { error: 'must say why' }).max(500);

/** One probable duplicate pair found by a duplicate search (an import's, or a registration's). */
export const DuplicatePairSchema = z
  .object({
    beneficiaryAId: IdSchema,
    beneficiaryBId: IdSchema,
    /** How alike the two records are, from 0 (not at all) to 1 (identical). */
    score: z.number().min(0, { error: 'must be at least 0' }).max(1, { error: 'must be at most 1' }),
    reasons: z
      .array(DuplicateMatchReasonSchema)
      .min(1, { error: 'must give at least one reason' })
      .refine((list) => new Set(list).size === list.length, { error: 'lists the same reason twice' }),
  })
  .refine((pair) => pair.beneficiaryAId !== pair.beneficiaryBId, {
    error: 'must name two different people',
    path: ['beneficiaryBId'],
  });
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

/** Pairs to put in the review queue; a pair already there (in either order) is left as it is. */
export const DuplicatePairsEnqueueSchema = z.object({
  pairs: z.array(DuplicatePairSchema).min(1, { error: 'must list at least one pair' }).max(10_000),
  /** Who found them, e.g. `import:<batch id>` or `registration`. */
  source: z.string().trim().min(1).max(200),
});
export type DuplicatePairsEnqueue = z.infer<typeof DuplicatePairsEnqueueSchema>;

/** Merge a pending pair: `keepBeneficiaryId` (one of the two) stays, the other is merged into it. */
export const DuplicateMergeSchema = z.object({
  pairId: IdSchema,
  keepBeneficiaryId: IdSchema,
  reason: DecisionReasonSchema,
});
export type DuplicateMerge = z.infer<typeof DuplicateMergeSchema>;

/** Decide that a pending pair are two different people. */
export const DuplicateKeepApartSchema = z.object({ pairId: IdSchema, reason: DecisionReasonSchema });
export type DuplicateKeepApart = z.infer<typeof DuplicateKeepApartSchema>;
