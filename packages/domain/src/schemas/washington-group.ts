import { z } from 'zod';
import { WashingtonGroupAnswerSchema } from '../vocabularies/washington-group-answers';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { personal } from './personal-data';

const answer = () => personal(WashingtonGroupAnswerSchema, 'health data: how the person functions').optional();

/**
 * A person's answers to the six Washington Group Short Set questions. Health data, so
 * personal: audits name the fields, never the answers. A question not asked is left out;
 * `disabilityStatusOf` (rules) derives the disaggregation from them.
 */
export const WashingtonGroupAnswersSchema = z.object({
  seeing: answer(),
  hearing: answer(),
  walking: answer(),
  cognition: answer(),
  self_care: answer(),
  communication: answer(),
});
export type WashingtonGroupAnswersInput = z.infer<typeof WashingtonGroupAnswersSchema>;

/** Recording (or re-recording) a person's Washington Group answers, on the day they were asked. */
export const DisabilityRecordSchema = z.object({
  beneficiaryId: IdSchema,
  answers: WashingtonGroupAnswersSchema.refine(
    (answers) => Object.values(answers).some((value) => value !== undefined),
    {
      error: 'must answer at least one of the six questions',
    },
  ),
  askedOn: PastOrTodayDateSchema,
});
export type DisabilityRecord = z.infer<typeof DisabilityRecordSchema>;
