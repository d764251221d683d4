import { z } from 'zod';
import { ADMIN_LEVELS, type AdminLevel } from '../geography/admin-level';
import { COUNTRY_PCODE } from '../geography/country';
import { PcodeSchema } from '../geography/pcode';
import { DisplacementSourceSchema } from '../vocabularies/displacement-sources';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { DisplacementOriginSchema, DisplacementReasonSchema, ShelterTypeSchema } from './displacement-dimensions';
import { ENTITY_FIELDS } from './entity-fields';
import { IdSchema } from './id';
import { PastOrTodayDateSchema } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

/** Levels a displacement figure can be stored at: the country (national figures, DTM's admin0) and the OCHA levels. */
export const DISPLACEMENT_LEVELS = ['country', ...ADMIN_LEVELS] as const;
export const DisplacementLevelSchema = /* @__PURE__ */ z.enum(DISPLACEMENT_LEVELS);
export type DisplacementLevel = z.infer<typeof DisplacementLevelSchema>;

/** The level an area code's shape encodes (IQ / IQG10 / IQG10Q05 / IQG10Q05N01). */
export function displacementLevelOf(pcode: string): DisplacementLevel | undefined {
  if (pcode === COUNTRY_PCODE) return 'country';
  return ({ 5: 'governorate', 8: 'district', 11: 'subdistrict' } as const satisfies Record<number, AdminLevel>)[
    pcode.length as 5 | 8 | 11
  ];
}

const count = z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });

/** A DTM master-list location below sub-district level (village, neighbourhood, camp): a name, a DTM id, or both. */
export const DisplacementLocationSchema = z.object({
  name: z.string().trim().min(1).max(300).optional(),
  /** DTM's location id, stable across rounds. */
  code: z.string().trim().min(1).max(50).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
export type DisplacementLocation = z.infer<typeof DisplacementLocationSchema>;

const displacementFigureFields = {
  /** OCHA p-code (DTM's IRQ-G form accepted), or COUNTRY_PCODE (`IQ`) for a national figure. */
  areaPcode: z.union([z.literal(COUNTRY_PCODE), PcodeSchema]),
  adminLevel: DisplacementLevelSchema,
  location: DisplacementLocationSchema.optional(),
  roundNumber: z.int({ error: 'must be a whole number' }).min(1, { error: 'DTM rounds are numbered from 1' }),
  reportingDate: PastOrTodayDateSchema,
  /** DTM counts IDPs and returnees; other groups are not displacement figures. */
  populationGroup: z.enum(['idp', 'returnee'], { error: 'must be "idp" or "returnee"' }),
  individuals: count,
  /** Not every source counts households (the DTM API does not). */
  households: count.optional(),
  /** Of the individuals, males and females, when the source gives them (DTM v3's numberMales / numberFemales). */
  males: count.optional(),
  females: count.optional(),
  /** IDPs: governorate of origin; returnees: governorate of last displacement. Absent: the figure is not split by it. */
  origin: DisplacementOriginSchema.optional(),
  /** DTM's displacement reason; absent: not split by reason. */
  displacementReason: DisplacementReasonSchema.optional(),
  /** Master-list shelter type; absent: not split by shelter. */
  shelterType: ShelterTypeSchema.optional(),
  source: DisplacementSourceSchema,
  /** Where in the source: DTM row id, file and row, document title. */
  sourceReference: z.string().trim().min(1).max(500).optional(),
  importBatchId: IdSchema.optional(),
};

type DisplacementFigureFields = z.output<z.ZodObject<typeof displacementFigureFields>>;

function checkDisplacementFigure(figure: Partial<DisplacementFigureFields>, ctx: z.RefinementCtx): void {
  if (figure.areaPcode !== undefined && figure.adminLevel !== undefined) {
    const level = displacementLevelOf(figure.areaPcode);
    if (level !== figure.adminLevel) {
      ctx.addIssue({
        code: 'custom',
        path: ['adminLevel'],
        message: `p-code ${figure.areaPcode} is a ${level} code, not a ${figure.adminLevel} one`,
      });
    }
  }
  if (figure.households !== undefined && figure.individuals !== undefined && figure.households > figure.individuals) {
    ctx.addIssue({ code: 'custom', path: ['households'], message: 'cannot exceed the number of individuals' });
  }
  for (const field of ['males', 'females'] as const) {
    const value = figure[field];
    if (value !== undefined && figure.individuals !== undefined && value > figure.individuals) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'cannot exceed the number of individuals' });
    }
  }
  if (figure.location !== undefined && figure.location.name === undefined && figure.location.code === undefined) {
    ctx.addIssue({ code: 'custom', path: ['location'], message: 'needs a name or a code' });
  }
  if (figure.source === 'dtm_api' && figure.populationGroup === 'returnee') {
    ctx.addIssue({
      code: 'custom',
      path: ['populationGroup'],
      message: 'the DTM API reports IDPs only; returnees come from the master list',
    });
  }
}

/** Displaced or returned people in an area (or a location in it) in a DTM round. */
export const DisplacementFigureSchema = z
  .object({ ...ENTITY_FIELDS, ...displacementFigureFields })
  .superRefine(checkDisplacementFigure, AFTER_FIELD_CHECKS);
export type DisplacementFigure = z.infer<typeof DisplacementFigureSchema>;

export const DisplacementFigureCreateSchema = z
  .object(displacementFigureFields)
  .superRefine(checkDisplacementFigure, AFTER_FIELD_CHECKS);
export type DisplacementFigureCreate = z.infer<typeof DisplacementFigureCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type DisplacementFigureCreateInput = z.input<typeof DisplacementFigureCreateSchema>;

export const DisplacementFigureUpdateSchema = z
  .object(displacementFigureFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkDisplacementFigure, AFTER_FIELD_CHECKS);
export type DisplacementFigureUpdate = z.infer<typeof DisplacementFigureUpdateSchema>;
