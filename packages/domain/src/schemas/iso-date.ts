import { z } from 'zod';
import { todayInIraq } from '../rules/today';

/** A calendar date 'YYYY-MM-DD' that exists (2023-02-29 does not). */
export const IsoDateSchema = z.iso.date({ error: "must be a date written 'YYYY-MM-DD' (e.g. '2024-03-10')" });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A calendar date that is not after today in Iraq (birth dates, delivery dates, ...). */
export const PastOrTodayDateSchema = IsoDateSchema.refine((date) => date <= todayInIraq(), {
  error: (issue) => `must not be in the future (${String(issue.input)} is after today, ${todayInIraq()})`,
});

/** Whether `end` is on or after `start`; true when either is missing (nothing to compare). */
export function isOnOrAfter(end: string | null | undefined, start: string | null | undefined): boolean {
  return end == null || start == null || end >= start;
}
