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

const SOURCE_REFERENCE_MAX_LENGTH = 500;

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
  sourceReference: z.string().trim().min(1).max(SOURCE_REFERENCE_MAX_LENGTH).optional(),
  importBatchId: IdSchema.optional(),
};

type DisplacementFigureFields = z.output<z.ZodObject<typeof displacementFigureFields>>;

/** A fault of a figure whose fields are each valid: which field, and why. */
export interface DisplacementFigureIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The rules between a figure's fields (level and p-code, households and sexes within the
 * individuals, a location named or coded, the API's groups): the schemas' refinement, and
 * displacementFigureCheck's last step. Empty when the figure keeps them.
 */
export function displacementFigureIssues(figure: Partial<DisplacementFigureFields>): DisplacementFigureIssue[] {
  const issues: DisplacementFigureIssue[] = [];
  if (figure.areaPcode !== undefined && figure.adminLevel !== undefined) {
    const level = displacementLevelOf(figure.areaPcode);
    if (level !== figure.adminLevel) {
      issues.push({
        path: 'adminLevel',
        message: `p-code ${figure.areaPcode} is a ${level} code, not a ${figure.adminLevel} one`,
      });
    }
  }
  if (figure.households !== undefined && figure.individuals !== undefined && figure.households > figure.individuals) {
    issues.push({ path: 'households', message: 'cannot exceed the number of individuals' });
  }
  for (const field of ['males', 'females'] as const) {
    const value = figure[field];
    if (value !== undefined && figure.individuals !== undefined && value > figure.individuals) {
      issues.push({ path: field, message: 'cannot exceed the number of individuals' });
    }
  }
  if (figure.location !== undefined && figure.location.name === undefined && figure.location.code === undefined) {
    issues.push({ path: 'location', message: 'needs a name or a code' });
  }
  if (figure.source === 'dtm_api' && figure.populationGroup === 'returnee') {
    issues.push({
      path: 'populationGroup',
      message: 'the DTM API reports IDPs only; returnees come from the master list',
    });
  }
  return issues;
}

function checkDisplacementFigure(figure: Partial<DisplacementFigureFields>, ctx: z.RefinementCtx): void {
  for (const issue of displacementFigureIssues(figure))
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
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

/** Distinct values remembered per field before its memory is emptied. */
const REMEMBERED_VALUES = 20_000;
/** Whole numbers from 0 below this are remembered in an array (counts, rounds), faster than a Map. */
const SMALL_INTEGERS = 1 << 16;
/**
 * Lookups after which a field that mostly meets new values stops remembering: as many as it
 * remembers, since a master list names each of its few thousand locations once per round
 * (with 2,000, location codes and names of a 3,000-location list were parsed in every row,
 * issue 13); a value unique to its row (a reference) costs a Map entry in that many rows only.
 */
const TRIAL_LOOKUPS = REMEMBERED_VALUES;

type ValueCheck = (value: unknown) => boolean;

// A whole number's entry in rememberedCheck's table.
const NOT_JUDGED = 0;
const REFUSED = 1;
const ACCEPTED = 2;

/**
 * `schema`'s verdict per value: true when it parses the value into the same value
 * (nothing trimmed or rewritten). Remembered per distinct value while that pays.
 */
function rememberedCheck(schema: z.ZodType): ValueCheck {
  const judge = (value: unknown): boolean => {
    const parsed = schema.safeParse(value);
    return parsed.success && Object.is(parsed.data, value);
  };
  // Whole numbers' verdicts by value, in a typed array: a plain one filled out of order
  // (a count of 3,521 first) turned into a dictionary (issue 13).
  let small: Uint8Array | undefined;
  const verdicts = new Map<unknown, boolean>();
  let lookups = 0;
  let misses = 0;
  let remembering = true;
  // The last other value and its verdict: a field keeps one value through thousands of
  // figures (source, level, group, date), and comparing is cheaper than a Map lookup.
  let judgedAny = false;
  let lastValue: unknown;
  let lastVerdict = false;
  return (value) => {
    if (
      typeof value === 'number' &&
      value >= 0 &&
      value < SMALL_INTEGERS &&
      (value | 0) === value &&
      !Object.is(value, -0)
    ) {
      small ??= new Uint8Array(SMALL_INTEGERS);
      let verdict = small[value];
      if (verdict === NOT_JUDGED) small[value] = verdict = judge(value) ? ACCEPTED : REFUSED;
      return verdict === ACCEPTED;
    }
    if (judgedAny && Object.is(value, lastValue)) return lastVerdict;
    let verdict: boolean;
    if (!remembering) {
      verdict = judge(value);
    } else {
      let remembered = verdicts.get(value);
      if (remembered === undefined) {
        remembered = judge(value);
        if (verdicts.size >= REMEMBERED_VALUES) verdicts.clear();
        verdicts.set(value, remembered);
        misses += 1;
      }
      verdict = remembered;
      lookups += 1;
      if (lookups === TRIAL_LOOKUPS && misses * 2 > lookups) {
        remembering = false;
        verdicts.clear();
      }
    }
    judgedAny = true;
    lastValue = value;
    lastVerdict = verdict;
    return verdict;
  };
}

/**
 * What the sourceReference schema (trimmed, 1 to 500 characters) accepts unchanged, without
 * a parse: its value differs in every row (file and row number), so no verdict is ever
 * remembered, and a zod parse per figure was a tenth of an unchanged re-import's CPU (issue 13).
 */
function isSourceReferenceAsIs(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= SOURCE_REFERENCE_MAX_LENGTH &&
    value.trim() === value
  );
}

interface FieldCheck {
  readonly check: ValueCheck;
  readonly required: boolean;
}

interface FieldChecks {
  readonly byKey: ReadonlyMap<string, FieldCheck>;
  /** How many fields a figure cannot lack. */
  readonly required: number;
}

/** A check per key of `shape`, each of that field's own schema (or `own` check), compiled once. */
function fieldChecks(
  shape: Readonly<Record<string, z.ZodType>>,
  own: Readonly<Record<string, ValueCheck>> = {},
): FieldChecks {
  const byKey = new Map(
    Object.entries(shape).map(([key, schema]) => [
      key,
      { check: own[key] ?? rememberedCheck(schema), required: !schema.safeParse(undefined).success },
    ]),
  );
  return { byKey, required: [...byKey.values()].filter((field) => field.required).length };
}

/** True when `value` is an object of `fields` only, each accepted as it is. */
function objectOk(value: unknown, fields: FieldChecks): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  let required = 0;
  // The object's own keys, in one pass (V8 reads record[key] by its enum cache here: issue 13).
  for (const key in record) {
    if (!Object.hasOwn(record, key)) return false;
    const field = fields.byKey.get(key);
    const inner = record[key];
    // Another key, or one set to undefined: the schema would drop it; let the schema decide.
    if (field === undefined || inner === undefined || !field.check(inner)) return false;
    if (field.required) required += 1;
  }
  return required === fields.required;
}

/**
 * A fast form of DisplacementFigureCreateSchema for bulk writers (the DTM importer): true
 * when the schema accepts `figure` as it is (it would parse it into an equal figure), false
 * for every figure it refuses or would rewrite (and for one with a key set to undefined).
 * It is the schema itself, field by field: each field's schema (and the location's) judges each distinct value once and remembers the verdict, since a master
 * list repeats its areas, rounds, dates, names and counts thousands of times; then the
 * schema's cross-field rule (displacementFigureIssues). False means the figure is refused,
 * or would be rewritten: parse it with DisplacementFigureCreateSchema for the figure or
 * the reason. Keep one per import (a date's verdict depends on today's date).
 */
export function displacementFigureCheck(): (figure: DisplacementFigureCreateInput) => boolean {
  const locationFields = fieldChecks(DisplacementLocationSchema.shape);
  const fields = fieldChecks(displacementFigureFields, {
    location: (value) => objectOk(value, locationFields),
    sourceReference: isSourceReferenceAsIs,
  });
  return (figure) => objectOk(figure, fields) && displacementFigureIssues(figure).length === 0;
}
