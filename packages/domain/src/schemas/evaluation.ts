import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { EvaluationAspectSchema } from '../vocabularies/evaluation-aspects';
import { EvaluationMethodSchema } from '../vocabularies/evaluation-methods';
import { FindingComparatorSchema } from '../vocabularies/finding-comparators';
import { IndicatorUnitSchema } from '../vocabularies/indicator-units';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema, uniqueIdsSchema } from './id';
import { isOnOrAfter, PastOrTodayDateSchema } from './iso-date';

const count = z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });
const percent = z
  .number()
  .finite()
  .min(0, { error: 'must not be negative' })
  .max(100, { error: 'a percentage is at most 100' });
const source = z.string().trim().min(1, { error: 'must name the document or dataset' }).max(1000);

/** Counts by sex; null where the source does not give them. */
export const CountsBySexSchema = z.object({ female: count.nullable(), male: count.nullable() });
export type CountsBySex = z.infer<typeof CountsBySexSchema>;

/**
 * One thing an evaluation measured, as a change: "quality of services improved by more
 * than 78% on average" is aspect service_quality, comparator more_than, change 78,
 * unit percent, with the document it comes from.
 */
export const EvaluationFindingSchema = z.object({
  aspect: EvaluationAspectSchema,
  /** The finding as the source states it, for readers who need the wording. */
  statement: z.string().trim().min(1).max(1000),
  comparator: FindingComparatorSchema,
  /** The measured change; negative for a decline. */
  change: z.number().finite(),
  unit: IndicatorUnitSchema,
  source,
});
export type EvaluationFinding = z.infer<typeof EvaluationFindingSchema>;

const evaluationFields = {
  /** Short stable code, e.g. CRP-VI-ME-2018-Q1. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, { error: 'must be capitals, digits and dashes, e.g. CRP-VI-ME-2018-Q1' }),
  title: z.string().trim().min(1).max(300),
  programmeId: IdSchema.optional(),
  /** The evaluated projects held in the platform (may be fewer than projectsEvaluated). */
  projectIds: uniqueIdsSchema('project').default([]),
  /** How many projects the evaluation covered, as the source reports it (CRP VI Q1 2018: 50 CAPs). */
  projectsEvaluated: z.int().min(1, { error: 'an evaluation covers at least one project' }),
  methods: z.array(EvaluationMethodSchema).min(1, { error: 'name at least one method' }),
  startedOn: PastOrTodayDateSchema,
  endedOn: PastOrTodayDateSchema,
  areaPcode: PcodeSchema.optional(),
  /** People interviewed or in the discussions, by sex. */
  respondents: CountsBySexSchema,
  /** The population the evaluated projects target (individuals). */
  targetedIndividuals: count.optional(),
  /** The share of the targeted population by sex, in percent (CRP VI: 54% women, 46% men). */
  beneficiarySharePercent: z.object({ female: percent, male: percent }).optional(),
  findings: z.array(EvaluationFindingSchema).min(1, { error: 'an evaluation records at least one finding' }),
  source,
};

type EvaluationFields = z.output<z.ZodObject<typeof evaluationFields>>;

function checkEvaluation(evaluation: Partial<EvaluationFields>, ctx: z.RefinementCtx): void {
  if (!isOnOrAfter(evaluation.endedOn, evaluation.startedOn)) {
    ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'must not be before startedOn' });
  }
  const share = evaluation.beneficiarySharePercent;
  if (share && share.female + share.male > 100) {
    ctx.addIssue({
      code: 'custom',
      path: ['beneficiarySharePercent'],
      message: `female and male shares add up to ${share.female + share.male}%, more than 100%`,
    });
  }
  if (
    evaluation.projectIds &&
    evaluation.projectsEvaluated !== undefined &&
    evaluation.projectIds.length > evaluation.projectsEvaluated
  ) {
    ctx.addIssue({ code: 'custom', path: ['projectIds'], message: 'lists more projects than projectsEvaluated' });
  }
  if (evaluation.programmeId === undefined && (evaluation.projectIds?.length ?? 0) === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['programmeId'],
      message: 'an evaluation is of a programme or of projects: give programmeId or projectIds',
    });
  }
}

/** A monitoring and evaluation exercise of a project or a set of projects, with its findings. */
export const EvaluationSchema = z
  .object({ ...ENTITY_FIELDS, ...evaluationFields })
  .superRefine(checkEvaluation, AFTER_FIELD_CHECKS);
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const EvaluationCreateSchema = z.object(evaluationFields).superRefine(checkEvaluation, AFTER_FIELD_CHECKS);
export type EvaluationCreate = z.infer<typeof EvaluationCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type EvaluationCreateInput = z.input<typeof EvaluationCreateSchema>;
