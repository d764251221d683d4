import { z } from 'zod';
import type { IndicatorUnit } from '../vocabularies/indicator-units';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { IndicatorQuantitySchema, quantityProblem } from './indicator-quantity';
import { PastOrTodayDateSchema } from './iso-date';
import { PeriodSchema } from './period';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const indicatorValueFields = {
  indicatorId: IdSchema,
  period: PeriodSchema,
  value: IndicatorQuantitySchema,
  reportedOn: PastOrTodayDateSchema,
  note: z.string().trim().max(2000).optional(),
};

/** The value an indicator reached in a period. */
export const IndicatorValueSchema = z.object({ ...ENTITY_FIELDS, ...indicatorValueFields });
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorValueCreateSchema = z.object(indicatorValueFields);
export type IndicatorValueCreate = z.infer<typeof IndicatorValueCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type IndicatorValueCreateInput = z.input<typeof IndicatorValueCreateSchema>;

export const IndicatorValueUpdateSchema = z
  .object(indicatorValueFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD);
export type IndicatorValueUpdate = z.infer<typeof IndicatorValueUpdateSchema>;

/**
 * The create schema for values of an indicator with a known unit: also checks that
 * the value fits it (whole individuals, money as a decimal string, ...).
 */
export function indicatorValueCreateSchemaFor(unit: IndicatorUnit) {
  return IndicatorValueCreateSchema.superRefine((value, ctx) => {
    const problem = quantityProblem(unit, value.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  }, AFTER_FIELD_CHECKS);
}
