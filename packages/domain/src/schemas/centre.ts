import { z } from 'zod';
import { PcodeSchema } from '../geography/pcode';
import { CentreKindSchema } from '../vocabularies/centre-kinds';
import { ServiceTypeSchema } from '../vocabularies/service-types';
import { DEFAULT_OPENING_DAYS, WeekdaySchema } from '../vocabularies/weekdays';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { ENTITY_FIELDS } from './entity-fields';
import { uniqueIdsSchema } from './id';
import { IsoDateSchema } from './iso-date';
import { AT_LEAST_ONE_FIELD, hasAtLeastOneField } from './update-input';

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const TimeOfDaySchema = z.string().regex(TIME_OF_DAY, { error: "must be a 24-hour time 'HH:MM' such as '08:30'" });

/** Daily opening hours; partners decide them per centre, so they are optional. */
export const OpeningHoursSchema = z
  .object({ opens: TimeOfDaySchema, closes: TimeOfDaySchema })
  .refine((hours) => hours.closes > hours.opens, {
    error: 'must close after it opens',
    path: ['closes'],
    ...AFTER_FIELD_CHECKS,
  });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .refine((items) => new Set(items).size === items.length, { error: `lists the same ${what} twice` });
}

const centreFields = {
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  kind: CentreKindSchema,
  /** The area the centre is in (usually a sub-district). */
  areaPcode: PcodeSchema,
  address: z.string().trim().min(1).max(500).optional(),
  openingDays: uniqueList(WeekdaySchema, 'day').min(1, { error: 'a centre opens at least one day a week' }),
  openingHours: OpeningHoursSchema.optional(),
  openedOn: IsoDateSchema.optional(),
  closedOn: IsoDateSchema.optional(),
  operatingPartnerIds: uniqueIdsSchema('partner organisation'),
  servicesOffered: uniqueList(ServiceTypeSchema, 'service'),
};

type CentreFields = z.output<z.ZodObject<typeof centreFields>>;

function checkCentre(centre: Partial<CentreFields>, ctx: z.RefinementCtx): void {
  if (centre.openedOn && centre.closedOn && centre.closedOn < centre.openedOn) {
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'must not be before the opening date' });
  }
}

/** A community resource centre or community centre. */
export const CentreSchema = z
  .object({ ...ENTITY_FIELDS, ...centreFields })
  .superRefine(checkCentre, AFTER_FIELD_CHECKS);
export type Centre = z.infer<typeof CentreSchema>;

/** Opening days default to Sunday-Thursday, the CRCs' working week. */
export const CentreCreateSchema = z
  .object({
    ...centreFields,
    openingDays: centreFields.openingDays.default([...DEFAULT_OPENING_DAYS]),
    operatingPartnerIds: centreFields.operatingPartnerIds.default([]),
    servicesOffered: centreFields.servicesOffered.default([]),
  })
  .superRefine(checkCentre, AFTER_FIELD_CHECKS);
export type CentreCreate = z.infer<typeof CentreCreateSchema>;
/** What a caller may pass (defaults not yet applied). */
export type CentreCreateInput = z.input<typeof CentreCreateSchema>;

export const CentreUpdateSchema = z
  .object(centreFields)
  .partial()
  .refine(hasAtLeastOneField, AT_LEAST_ONE_FIELD)
  .superRefine(checkCentre, AFTER_FIELD_CHECKS);
export type CentreUpdate = z.infer<typeof CentreUpdateSchema>;
