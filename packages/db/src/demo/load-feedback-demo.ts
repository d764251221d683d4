import type { PrismaClient } from '../generated/prisma/client';
import { systemActor } from '../commands/actor';
import { recordEvaluation } from '../commands/record-evaluation';
import type { LoadCounts } from '../reference/load-counts';
import { CRP_VI_EVALUATION_CODE, crpViEvaluation } from './crp-vi-evaluation';
import { generateIllustrativeFeedback } from './illustrative-feedback';
import { insertMissing } from './sync-rows';

export interface FeedbackDemoCounts {
  readonly evaluations: LoadCounts;
  readonly feedbackEntries: LoadCounts;
  readonly feedbackStatusChanges: LoadCounts;
}

/**
 * The CRP VI Q1 2018 evaluation, through the recordEvaluation command (audited, once:
 * a second run finds its code), and generated illustrative feedback at the centres.
 */
export async function loadFeedbackDemo(
  prisma: PrismaClient,
  options: {
    seed: number;
    programmeId: string;
    centres: readonly { id: string; areaPcode: string }[];
    partnerIds: readonly string[];
  },
): Promise<FeedbackDemoCounts> {
  let evaluations: LoadCounts = { inserted: 0, updated: 0, unchanged: 1 };
  if (
    (await prisma.evaluation.findUnique({ where: { code: CRP_VI_EVALUATION_CODE }, select: { id: true } })) === null
  ) {
    const result = await recordEvaluation(prisma, systemActor('demo'), crpViEvaluation(options.programmeId));
    if (!result.ok) throw new Error(`demo data: the CRP VI evaluation was refused: ${JSON.stringify(result)}`);
    evaluations = { inserted: 1, updated: 0, unchanged: 0 };
  }
  const feedback = generateIllustrativeFeedback(options.seed, options.centres, options.partnerIds);
  return prisma.$transaction(async (tx) => {
    const feedbackEntries = await insertMissing(feedback.entries, (data) =>
      tx.feedbackEntry.createMany({ data, skipDuplicates: true }),
    );
    const feedbackStatusChanges = await insertMissing(feedback.statusChanges, (data) =>
      tx.feedbackStatusChange.createMany({ data, skipDuplicates: true }),
    );
    return { evaluations, feedbackEntries, feedbackStatusChanges };
  });
}
