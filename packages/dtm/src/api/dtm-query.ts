import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' });
const round = z.int({ error: 'must be a whole number' }).min(0);
const name = z.string().trim().min(1);

/**
 * The documented query parameters of the displacement endpoints, spelled as the API
 * spells them (PascalCase). One of Operation, CountryName, Admin0Pcode is required.
 */
export const DtmDisplacementQuerySchema = z
  .object({
    Operation: name.optional(),
    CountryName: name.optional(),
    Admin0Pcode: name.optional(),
    Admin1Name: name.optional(),
    Admin1Pcode: name.optional(),
    Admin2Name: name.optional(),
    Admin2Pcode: name.optional(),
    FromReportingDate: isoDate.optional(),
    ToReportingDate: isoDate.optional(),
    FromRoundNumber: round.optional(),
    ToRoundNumber: round.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.Operation === undefined && query.CountryName === undefined && query.Admin0Pcode === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['Operation'],
        message: 'one of Operation, CountryName or Admin0Pcode is required',
      });
    }
    if (
      query.FromRoundNumber !== undefined &&
      query.ToRoundNumber !== undefined &&
      query.FromRoundNumber > query.ToRoundNumber
    ) {
      ctx.addIssue({ code: 'custom', path: ['ToRoundNumber'], message: 'must not be below FromRoundNumber' });
    }
    if (
      query.FromReportingDate !== undefined &&
      query.ToReportingDate !== undefined &&
      query.FromReportingDate > query.ToReportingDate
    ) {
      ctx.addIssue({ code: 'custom', path: ['ToReportingDate'], message: 'must not be before FromReportingDate' });
    }
  });
export type DtmDisplacementQuery = z.input<typeof DtmDisplacementQuerySchema>;

/** The query string, parameters in a fixed order (stable URLs in logs and tests). */
export function toSearchParams(query: z.output<typeof DtmDisplacementQuerySchema>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params;
}
