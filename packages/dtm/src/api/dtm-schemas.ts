import { z } from 'zod';

/** `{ isSuccess, result, errorMessages }`: every v3 answer, success or not. Rows are checked one by one. */
export const DtmEnvelopeSchema = z.object({
  isSuccess: z.boolean(),
  result: z.array(z.unknown()).nullable().optional(),
  errorMessages: z.array(z.string()).nullable().optional(),
});

const text = z.string();
const optionalText = z.string().nullable().optional();
const count = z.int().min(0);

/** `2023-05-31` or `2023-05-31T00:00:00[.sss][Z]`, kept as the calendar date. */
const reportingDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, {
    error: 'must be an ISO date (YYYY-MM-DD[Thh:mm:ss])',
  })
  .transform((value) => value.slice(0, 10));

/**
 * One row of /v3/displacement/admin0|admin1|admin2 (fields as documented; unknown
 * fields are dropped). As the real v3 API answers: admin0 rows carry no `id`; rows are
 * split by `displacementReason` and by origin (`idpOriginAdmin1Name`/`Pcode`, "Not
 * available" when unknown); `numberMales`/`numberFemales` are often null.
 */
export const DtmDisplacementRowSchema = z.object({
  id: z
    .union([z.int(), z.string().min(1)])
    .transform(String)
    .nullable()
    .optional(),
  operation: text,
  admin0Name: text,
  admin0Pcode: text,
  admin1Name: optionalText,
  admin1Pcode: optionalText,
  admin2Name: optionalText,
  admin2Pcode: optionalText,
  adminLevel: z.union([z.string(), z.int()]).nullable().optional(),
  numPresentIdpInd: count,
  reportingDate,
  yearReportingDate: z.int().nullable().optional(),
  monthReportingDate: z.union([z.int(), z.string()]).nullable().optional(),
  roundNumber: z.int().min(0).nullable(),
  assessmentType: optionalText,
  operationStatus: optionalText,
  numberMales: count.nullable().optional(),
  numberFemales: count.nullable().optional(),
  idpOriginAdmin1Name: optionalText,
  idpOriginAdmin1Pcode: optionalText,
  displacementReason: optionalText,
});
export type DtmDisplacementRow = z.output<typeof DtmDisplacementRowSchema>;

/** One row of /v3/displacement/country-list. */
export const DtmCountrySchema = z.object({ admin0Name: text, admin0Pcode: text });
export type DtmCountry = z.output<typeof DtmCountrySchema>;

/** One row of /v3/displacement/operation-list. */
export const DtmOperationSchema = z.object({
  operation: text,
  operationStatus: optionalText,
  admin0Name: optionalText,
  admin0Pcode: optionalText,
});
export type DtmOperation = z.output<typeof DtmOperationSchema>;
