import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { IatiActivityStatusSchema } from '../vocabularies/iati-activity-statuses';
import { ProjectTypeSchema } from '../vocabularies/project-types';
import { SectorSchema } from '../vocabularies/sectors';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IsoDateSchema, isOnOrAfter } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const countSchema = z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });

/** People a project plans to reach, each figure with its unit. */
export const BeneficiaryTargetSchema = z.object({
  individuals: countSchema.optional(),
  households: countSchema.optional(),
});

const projectFields = {
  programmeId: IdSchema,
  /** Partner's own reference, e.g. an IATI activity identifier. */
  code: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().min(1, { error: 'must not be empty' }).max(300),
  type: ProjectTypeSchema,
  sector: SectorSchema,
  iatiStatus: IatiActivityStatusSchema,
  areaPcode: PcodeSchema,
  implementingOrganisationId: IdSchema.optional(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  beneficiariesTargeted: BeneficiaryTargetSchema.optional(),
};

type ProjectFields = z.output<z.ZodObject<typeof projectFields>>;

function checkProject(project: Partial<ProjectFields>, ctx: z.RefinementCtx): void {
  if (!isOnOrAfter(project.endDate, project.startDate)) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before the start date' });
  }
  // A closed activity has, by definition, ended (IATI status 4).
  if (project.iatiStatus === 'closed' && project.endDate === undefined && project.startDate !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'a closed project needs an end date' });
  }
}

/** A project (CAP, QIP, CSP) within a programme. */
export const ProjectSchema = z
  .object({ ...ENTITY_FIELDS, ...projectFields })
  .superRefine(checkProject, AFTER_FIELD_CHECKS);
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectCreateSchema = z.object(projectFields).superRefine(checkProject, AFTER_FIELD_CHECKS);
export type ProjectCreate = z.infer<typeof ProjectCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type ProjectCreateInput = z.input<typeof ProjectCreateSchema>;

export const ProjectUpdateSchema = z
  .object(projectFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkProject, AFTER_FIELD_CHECKS);
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>;
