import { z } from 'zod';
import { CurrencySchema } from '../vocabularies/currencies';
import { IndicatorUnitSchema } from '../vocabularies/indicator-units';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IndicatorQuantitySchema, quantityProblem } from './indicator-quantity';
import { IsoDateSchema } from './iso-date';
import { PeriodSchema, periodsOverlap } from './period';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const INDICATOR_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A target for one period (e.g. Q1 2018). */
export const IndicatorTargetSchema = z.object({ period: PeriodSchema, value: IndicatorQuantitySchema });
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

export const IndicatorBaselineSchema = z.object({ value: IndicatorQuantitySchema, measuredOn: IsoDateSchema });
export type IndicatorBaseline = z.infer<typeof IndicatorBaselineSchema>;

const indicatorFields = {
  /** Stable code within its programme, e.g. 'CRP6-O3-01'. */
  code: z
    .string()
    .trim()
    .regex(INDICATOR_CODE, { error: "must be a code of letters, digits, '.', '_' or '-'" })
    .max(50),
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(500),
  unit: IndicatorUnitSchema,
  /** Required when the unit is currency, and only then. */
  currency: CurrencySchema.optional(),
  programmeId: IdSchema.optional(),
  projectId: IdSchema.optional(),
  baseline: IndicatorBaselineSchema.optional(),
  targets: z.array(IndicatorTargetSchema),
};

type IndicatorFields = z.output<z.ZodObject<typeof indicatorFields>>;

function checkIndicator(indicator: Partial<IndicatorFields>, ctx: z.RefinementCtx, isPatch: boolean): void {
  if (!isPatch && indicator.programmeId === undefined && indicator.projectId === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['programmeId'],
      message: 'an indicator belongs to a programme or a project: give at least one',
    });
  }
  const unit = indicator.unit;
  if (unit === 'currency' && indicator.currency === undefined && !isPatch) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'is required for an indicator measured in money' });
  }
  if (unit !== undefined && unit !== 'currency' && indicator.currency !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: `an indicator in ${unit} has no currency` });
  }
  if (unit !== undefined) {
    const baselineProblem = indicator.baseline && quantityProblem(unit, indicator.baseline.value);
    if (baselineProblem) ctx.addIssue({ code: 'custom', path: ['baseline', 'value'], message: baselineProblem });
    indicator.targets?.forEach((target, index) => {
      const problem = quantityProblem(unit, target.value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['targets', index, 'value'], message: problem });
    });
  }
  indicator.targets?.forEach((target, index) => {
    const earlier = indicator.targets
      ?.slice(0, index)
      .findIndex((other) => periodsOverlap(other.period, target.period));
    if (earlier !== undefined && earlier >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'period'],
        message: `overlaps the period of target ${earlier + 1}`,
      });
    }
  });
}

/** A programme or project indicator with its baseline and targets per period. */
export const IndicatorSchema = z
  .object({ ...ENTITY_FIELDS, ...indicatorFields })
  .superRefine((indicator, ctx) => checkIndicator(indicator, ctx, false), AFTER_FIELD_CHECKS);
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorCreateSchema = z
  .object({ ...indicatorFields, targets: indicatorFields.targets.default([]) })
  .superRefine((indicator, ctx) => checkIndicator(indicator, ctx, false), AFTER_FIELD_CHECKS);
export type IndicatorCreate = z.infer<typeof IndicatorCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type IndicatorCreateInput = z.input<typeof IndicatorCreateSchema>;

export const IndicatorUpdateSchema = z
  .object(indicatorFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine((indicator, ctx) => checkIndicator(indicator, ctx, true), AFTER_FIELD_CHECKS);
export type IndicatorUpdate = z.infer<typeof IndicatorUpdateSchema>;
