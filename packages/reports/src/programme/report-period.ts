import { IsoDateSchema } from '@crc/domain';
import { z } from 'zod';

/** A period of a report: two ISO dates, `from` on or before `to`, both inclusive. */
export const ReportPeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((period) => period.from <= period.to, { message: 'from must be on or before to', path: ['to'] });

export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;
