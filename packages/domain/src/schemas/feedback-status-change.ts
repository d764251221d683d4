import { z } from 'zod';
import { FeedbackActionSchema } from '../vocabularies/feedback-actions';
import { FeedbackSatisfactionSchema } from '../vocabularies/feedback-satisfaction';
import { FeedbackStatusSchema } from '../vocabularies/feedback-statuses';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { personal } from './personal-data';

const note = z.string().trim().min(1, { error: 'must not be empty' }).max(2000);

/**
 * One action on a feedback entry (checked against the lifecycle by nextFeedbackStatus,
 * which needs the current status). Each action carries what it needs:
 * - refer: to a partner organisation (toOrganisationId) or to a named person or
 *   position (toPerson, e.g. "PSEA focal point, Diyala"), exactly one;
 * - respond: what the person was told;
 * - close: the person's satisfaction, when asked;
 * - reopen: why.
 */
export const FeedbackTransitionSchema = z
  .object({
    action: FeedbackActionSchema,
    changedOn: PastOrTodayDateSchema,
    note: note.optional(),
    toOrganisationId: IdSchema.optional(),
    toPerson: z.string().trim().min(1, { error: 'must name the person or position' }).max(200).optional(),
    /** The answer may repeat what the person said: personal data. */
    response: personal(note, 'may repeat what the person said').optional(),
    satisfaction: FeedbackSatisfactionSchema.optional(),
    reason: note.optional(),
  })
  .superRefine((change, ctx) => {
    const refersTo = [change.toOrganisationId, change.toPerson].filter((target) => target !== undefined).length;
    if (change.action === 'refer' && refersTo !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['toOrganisationId'],
        message: 'a referral goes to one partner organisation (toOrganisationId) or one person (toPerson)',
      });
    }
    if (change.action !== 'refer' && refersTo > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [change.toPerson === undefined ? 'toOrganisationId' : 'toPerson'],
        message: `only "refer" names a recipient, not "${change.action}"`,
      });
    }
    if (change.action === 'respond' && change.response === undefined) {
      ctx.addIssue({ code: 'custom', path: ['response'], message: 'say what the person was answered' });
    }
    if (change.action !== 'respond' && change.response !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['response'],
        message: `only "respond" records a response, not "${change.action}"`,
      });
    }
    if (change.action !== 'close' && change.satisfaction !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['satisfaction'],
        message: `satisfaction is recorded when closing, not on "${change.action}"`,
      });
    }
    if (change.action === 'reopen' && change.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the entry is reopened' });
    }
  }, AFTER_FIELD_CHECKS);
export type FeedbackTransition = z.infer<typeof FeedbackTransitionSchema>;
export type FeedbackTransitionInput = z.input<typeof FeedbackTransitionSchema>;

/** One recorded change of a feedback entry's status (its history, as for referrals). */
export const FeedbackStatusChangeSchema = z.object({
  id: IdSchema,
  feedbackEntryId: IdSchema,
  action: FeedbackActionSchema,
  fromStatus: FeedbackStatusSchema.nullable(),
  toStatus: FeedbackStatusSchema,
  changedOn: PastOrTodayDateSchema,
  changedBy: z.string().min(1),
  note: note.optional(),
  toOrganisationId: IdSchema.optional(),
  toPerson: z.string().optional(),
  satisfaction: FeedbackSatisfactionSchema.optional(),
});
export type FeedbackStatusChange = z.infer<typeof FeedbackStatusChangeSchema>;
