import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { EngagementTypeSchema } from '../vocabularies/engagement-types';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const participantCount = z.int({ error: 'must be a whole number of people' }).min(0, { error: 'must not be negative' });

/** Participants by sex, as CRP reports them ("28 women and 45 men"). */
export const ParticipantsBySexSchema = z.object({ female: participantCount, male: participantCount });
export type ParticipantsBySex = z.infer<typeof ParticipantsBySexSchema>;

const engagementEventFields = {
  centreId: IdSchema.optional(),
  projectId: IdSchema.optional(),
  engagementType: EngagementTypeSchema,
  heldOn: PastOrTodayDateSchema,
  areaPcode: PcodeSchema.optional(),
  title: z.string().trim().min(1).max(300).optional(),
  participants: ParticipantsBySexSchema,
};

type EngagementEventFields = z.output<z.ZodObject<typeof engagementEventFields>>;

function checkEngagementEvent(event: Partial<EngagementEventFields>, ctx: z.RefinementCtx, isPatch: boolean): void {
  if (!isPatch && event.centreId === undefined && event.projectId === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['centreId'],
      message: 'an engagement belongs to a centre or a project: give at least one',
    });
  }
}

/** A community engagement or assessment activity (town hall, survey, FGD, ...). */
export const EngagementEventSchema = z
  .object({ ...ENTITY_FIELDS, ...engagementEventFields })
  .superRefine((event, ctx) => checkEngagementEvent(event, ctx, false), AFTER_FIELD_CHECKS);
export type EngagementEvent = z.infer<typeof EngagementEventSchema>;

export const EngagementEventCreateSchema = z
  .object(engagementEventFields)
  .superRefine((event, ctx) => checkEngagementEvent(event, ctx, false), AFTER_FIELD_CHECKS);
export type EngagementEventCreate = z.infer<typeof EngagementEventCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type EngagementEventCreateInput = z.input<typeof EngagementEventCreateSchema>;

export const EngagementEventUpdateSchema = z
  .object(engagementEventFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine((event, ctx) => checkEngagementEvent(event, ctx, true), AFTER_FIELD_CHECKS);
export type EngagementEventUpdate = z.infer<typeof EngagementEventUpdateSchema>;
