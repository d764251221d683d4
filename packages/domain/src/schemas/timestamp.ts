import { z } from 'zod';

/**
 * An instant (createdAt, startedAt, ...): a Date, or an ISO 8601 date-time string
 * with an offset ('2024-03-10T08:00:00Z'); always parsed to a Date.
 */
export const TimestampSchema = z.union(
  [z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))],
  { error: "must be a date-time such as '2024-03-10T08:00:00Z'" },
);
export type Timestamp = z.output<typeof TimestampSchema>;
