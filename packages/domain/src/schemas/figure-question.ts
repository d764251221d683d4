import { z } from 'zod';
import { ruleParams } from './schema-rule';

/** The most dimensions a figure table is broken down by: more makes tables nobody reads, and cells too small to publish. */
export const MAX_FIGURE_DIMENSIONS = 4;

/** A figure table's dimensions, in order: at most MAX_FIGURE_DIMENSIONS, none twice (`params.rule` `repeated_dimension`). */
export const FigureDimensionsSchema = /* @__PURE__ */ z
  .array(z.string())
  .max(MAX_FIGURE_DIMENSIONS, { error: `a figure table has at most ${MAX_FIGURE_DIMENSIONS} dimensions` })
  .refine((dimensions) => new Set(dimensions).size === dimensions.length, {
    error: 'names a dimension twice',
    params: ruleParams('repeated_dimension'),
  });

/** What a figure about people counts: distinct individuals or distinct households. */
export const PEOPLE_COUNT_UNITS = ['individuals', 'households'] as const;
export type PeopleCountUnit = (typeof PEOPLE_COUNT_UNITS)[number];

/**
 * The unit of a figure about people: individuals or households. Deliveries are refused
 * (`params.rule` `not_a_people_count`): reach counts each person once, however often served.
 */
export const PeopleCountUnitSchema = /* @__PURE__ */ z
  .string()
  .refine((unit): unit is PeopleCountUnit => (PEOPLE_COUNT_UNITS as readonly string[]).includes(unit), {
    error: 'reach counts individuals or households, not deliveries',
    params: ruleParams('not_a_people_count'),
  });

/** Digits after the decimal point of published percentages: 0 to 6 (shares are summed to exactly 100 at that precision). */
export const ShareDecimalsSchema = /* @__PURE__ */ z.int().min(0).max(6);
