import { IsoDateSchema } from '@crc/domain';
import { SUPPORTED_LOCALES } from '@crc/i18n';
import { REACH_DIMENSION_NAMES } from '@crc/reports';
import { z } from 'zod';

const common = {
  locale: z.enum(SUPPORTED_LOCALES).optional(),
  digits: z.enum(['latn', 'arab']).optional(),
};

/** `/downloads/reach.csv?by=SECTOR,SEX&programme=CRP-VI&from=...&to=...&areaPcode=...&areaLevel=district` */
export const ReachDownloadSchema = z.object({
  ...common,
  by: z
    .string({ error: 'is required, e.g. by=SECTOR,SEX' })
    .transform((value) => value.split(',').map((part) => part.trim().toUpperCase()))
    .pipe(z.array(z.enum(REACH_DIMENSION_NAMES)).min(1).max(4)),
  programme: z.string().min(1).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  areaPcode: z.string().min(1).optional(),
  areaLevel: z.enum(['governorate', 'district', 'subdistrict']).optional(),
});

/** `/downloads/5w.xlsx?programme=CRP-VI&from=2018-01-01&to=2018-03-31` (and the snapshot, with the same parameters). */
export const ProgrammeDownloadSchema = z
  .object({
    ...common,
    programme: z.string({ error: 'is required, e.g. programme=CRP-VI' }).min(1),
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .refine((value) => value.from <= value.to, { message: 'must be on or after from', path: ['to'] });

/** The query string as an object for the schemas; a repeated parameter is an error, not a silent choice. */
export function parametersOf(url: URL): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in values) throw new RangeError(`${name} is given twice`);
    values[name] = value;
  }
  return values;
}
