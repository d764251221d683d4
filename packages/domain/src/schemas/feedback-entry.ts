import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { FeedbackCategorySchema } from '../vocabularies/feedback-categories';
import { FeedbackChannelSchema } from '../vocabularies/feedback-channels';
import { FeedbackSensitivitySchema } from '../vocabularies/feedback-sensitivities';
import { FeedbackStatusSchema } from '../vocabularies/feedback-statuses';
import { LanguageSchema } from '../vocabularies/languages';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IsoDateSchema, PastOrTodayDateSchema } from './iso-date';
import { personal } from './personal-data';

/** How to reach the person with the answer; kept only when they agreed to be contacted. */
export const FeedbackContactSchema = z.object({
  name: personal(z.string().trim().min(1, { error: 'must not be empty' }).max(200), 'identifies the person').optional(),
  phone: personal(
    z
      .string()
      .transform((value) => value.replace(/[\s\-().]/g, '').replace(/^00/, '+'))
      .pipe(
        z.string().regex(/^(?:0?7\d{9}|\+[1-9]\d{6,14})$/, { error: "must be a phone number such as '0751 234 2550'" }),
      ),
    'contact details',
  ).optional(),
  email: personal(z.email({ error: 'must be an e-mail address' }), 'contact details').optional(),
});
export type FeedbackContact = z.infer<typeof FeedbackContactSchema>;

const feedbackEntryFields = {
  channel: FeedbackChannelSchema,
  category: FeedbackCategorySchema,
  /** The language the person used; the answer goes back in it. */
  language: LanguageSchema,
  receivedOn: PastOrTodayDateSchema,
  /** What the person said. Complaints describe people and what happened to them: personal data. */
  summary: personal(
    z.string().trim().min(1, { error: 'must say what the feedback is' }).max(4000),
    'describes the person and what happened',
  ),
  areaPcode: PcodeSchema.optional(),
  centreId: IdSchema.optional(),
  projectId: IdSchema.optional(),
  programmeId: IdSchema.optional(),
  /** A registered person who gave the feedback, when they want it linked. */
  beneficiaryId: IdSchema.optional(),
  /** True when the person did not give their name: then no link and no contact. */
  anonymous: z.boolean(),
  /** Whether the person agreed to be contacted with the answer. */
  consentToReply: z.boolean(),
  contact: FeedbackContactSchema.optional(),
};

type FeedbackEntryFields = z.output<z.ZodObject<typeof feedbackEntryFields>>;

function checkFeedbackEntry(entry: Partial<FeedbackEntryFields>, ctx: z.RefinementCtx): void {
  if (entry.centreId === undefined && entry.projectId === undefined && entry.programmeId === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['centreId'],
      message: 'feedback is about a centre, a project or a programme: give at least one',
    });
  }
  if (entry.anonymous && entry.beneficiaryId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['beneficiaryId'],
      message: 'anonymous feedback is not linked to a registered person',
    });
  }
  if (entry.contact !== undefined && !entry.consentToReply) {
    ctx.addIssue({
      code: 'custom',
      path: ['contact'],
      message: 'keep contact details only when the person agreed to a reply (consentToReply)',
    });
  }
  if (entry.contact !== undefined && entry.anonymous) {
    ctx.addIssue({ code: 'custom', path: ['contact'], message: 'anonymous feedback has no contact details' });
  }
  if (entry.contact !== undefined && Object.values(entry.contact).every((value) => value === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['contact'],
      message: 'give a name, a phone number or an e-mail address, or leave contact out',
    });
  }
}

/** A piece of feedback or a complaint, as stored: its sensitivity, status and deadline follow from the rules. */
export const FeedbackEntrySchema = z
  .object({
    ...ENTITY_FIELDS,
    ...feedbackEntryFields,
    sensitivity: FeedbackSensitivitySchema,
    status: FeedbackStatusSchema,
    responseDueOn: IsoDateSchema,
    closedOn: IsoDateSchema.optional(),
  })
  .superRefine(checkFeedbackEntry, AFTER_FIELD_CHECKS);
export type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

/**
 * Recording new feedback. Sensitivity and the response deadline are not inputs: they
 * follow from the category (sensitivityOfCategory, responseDueOn).
 */
export const FeedbackEntryCreateSchema = z
  .object({
    ...feedbackEntryFields,
    anonymous: feedbackEntryFields.anonymous.default(false),
    consentToReply: feedbackEntryFields.consentToReply.default(false),
  })
  .superRefine(checkFeedbackEntry, AFTER_FIELD_CHECKS);
export type FeedbackEntryCreate = z.infer<typeof FeedbackEntryCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type FeedbackEntryCreateInput = z.input<typeof FeedbackEntryCreateSchema>;
