import { z } from 'zod';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { uniqueIdsSchema } from './id';
import { IsoDateSchema, isOnOrAfter } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const programmeFields = {
  /** Short code, as the programme is known: 'CRP VI', 'RRP', '3RP'. */
  code: z.string().trim().min(1, { error: 'must not be empty' }).max(40),
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(300),
  description: z.string().trim().max(5000).optional(),
  startDate: IsoDateSchema,
  /** Absent while the end is not decided. */
  endDate: IsoDateSchema.optional(),
  donorOrganisationIds: uniqueIdsSchema('donor'),
};

type ProgrammeFields = z.output<z.ZodObject<typeof programmeFields>>;

function checkProgramme(programme: Partial<ProgrammeFields>, ctx: z.RefinementCtx): void {
  if (!isOnOrAfter(programme.endDate, programme.startDate)) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
  }
}

/** A programme (e.g. CRP VI) grouping projects under shared donors. */
export const ProgrammeSchema = z
  .object({ ...ENTITY_FIELDS, ...programmeFields })
  .superRefine(checkProgramme, AFTER_FIELD_CHECKS);
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ProgrammeCreateSchema = z
  .object({ ...programmeFields, donorOrganisationIds: programmeFields.donorOrganisationIds.default([]) })
  .superRefine(checkProgramme, AFTER_FIELD_CHECKS);
export type ProgrammeCreate = z.infer<typeof ProgrammeCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type ProgrammeCreateInput = z.input<typeof ProgrammeCreateSchema>;

export const ProgrammeUpdateSchema = z
  .object(programmeFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkProgramme, AFTER_FIELD_CHECKS);
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdateSchema>;
