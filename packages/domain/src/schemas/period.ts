import { z } from 'zod';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { IsoDateSchema, isOnOrAfter } from './iso-date';
import { ruleParams } from './schema-rule';

/** A date range, both ends inclusive (Q1 2018 is 2018-01-01 to 2018-03-31). */
export const PeriodSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .refine((period) => isOnOrAfter(period.end, period.start), {
    error: 'must not end before it starts',
    path: ['end'],
    params: ruleParams('end_before_start'),
    ...AFTER_FIELD_CHECKS,
  });
export type Period = z.infer<typeof PeriodSchema>;

/** Whether two inclusive periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}
