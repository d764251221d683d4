import { z } from 'zod';
import { INDICATOR_UNITS, type IndicatorUnit } from '../vocabularies/indicator-units';
import { DecimalAmountSchema } from './decimal-amount';

/**
 * A figure of an indicator (baseline, target or reported value): a number, or a
 * decimal string for money (`currency` unit), which is never a float.
 */
export const IndicatorQuantitySchema = z.union(
  [z.number().finite().min(0, { error: 'must not be negative' }), DecimalAmountSchema],
  { error: "must be a non-negative number, or a decimal string such as '1500.00' for money" },
);
export type IndicatorQuantity = z.infer<typeof IndicatorQuantitySchema>;

/** Why a figure does not fit the indicator's unit, or undefined when it fits. */
export function quantityProblem(unit: IndicatorUnit, value: IndicatorQuantity): string | undefined {
  if (unit === 'currency') {
    return typeof value === 'string' ? undefined : "money is a decimal string such as '1500.00', not a number";
  }
  if (typeof value === 'string') return `a figure in ${unit} is a number, not a string`;
  const entry = INDICATOR_UNITS.find((candidate) => candidate.code === unit);
  if (entry?.integer && !Number.isInteger(value)) return `${unit} are counted in whole numbers`;
  if (unit === 'percent' && value > 100) return 'a percentage is at most 100';
  return undefined;
}
