import {
  areasAtLevel,
  DEFAULT_AGE_BRACKETS,
  DISABILITY_STATUSES,
  POPULATION_GROUPS,
  SECTORS,
  SERVICE_TYPES,
  SEXES,
  type AgeBracket,
} from '@crc/domain';
import { AREA_DIMENSION_LEVELS, isAreaDimension, NOT_RECORDED, type Dimension } from './dimension';

export interface CategoryOrderOptions {
  /** Codes to show first, in this order (also when nobody falls in them). */
  readonly listed?: readonly string[];
  /** Age brackets, for the `ageBracket` dimension (default DEFAULT_AGE_BRACKETS). */
  readonly brackets?: readonly AgeBracket[];
}

/** A dimension's known codes in their reading order: vocabulary order, age brackets youngest first. */
function referenceOrder(dimension: Dimension, brackets: readonly AgeBracket[]): readonly string[] {
  switch (dimension) {
    case 'sex':
      return SEXES.map((entry) => entry.code);
    case 'ageBracket':
      return brackets.map((bracket) => bracket.code);
    case 'populationGroup':
      return POPULATION_GROUPS.map((entry) => entry.code);
    case 'disabilityStatus':
      return DISABILITY_STATUSES.map((entry) => entry.code);
    case 'sector':
      return SECTORS.map((entry) => entry.code);
    case 'serviceType':
      return SERVICE_TYPES.map((entry) => entry.code);
    default:
      return []; // areas: p-code order
  }
}

/**
 * The order of a dimension's categories in every table: listed codes first, then known
 * codes in vocabulary order, unknown codes (and p-codes) sorted by code unit,
 * `not_recorded` last. Tables counted elsewhere (e.g. in SQL) use it to match ours exactly.
 */
export function orderedCategories(
  dimension: Dimension,
  seen: Iterable<string>,
  options: CategoryOrderOptions = {},
): string[] {
  const listed = options.listed ?? [];
  const reference = referenceOrder(dimension, options.brackets ?? DEFAULT_AGE_BRACKETS);
  const rank = (code: string): number => {
    if (code === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
    const index = reference.indexOf(code);
    return index >= 0 ? index : reference.length;
  };
  const rest = [...new Set(seen)]
    .filter((code) => !listed.includes(code))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...new Set(listed), ...rest];
}

export interface CompleteCategoriesOptions {
  /** Age brackets, for the `ageBracket` dimension (default DEFAULT_AGE_BRACKETS). */
  readonly brackets?: readonly AgeBracket[];
  /** For area dimensions: only the areas inside this p-code, or containing it (e.g. a filter's governorate). */
  readonly withinArea?: string;
}

/**
 * Every code a dimension can take, `not_recorded` included, in table order: pass them as
 * `categories` so that a table's rows and columns depend on the question alone, never on
 * which values the data holds (a row that appears only when someone is in it would tell
 * a reader that someone is). Areas: every area of the level (inside `withinArea`).
 */
export function completeCategories(dimension: Dimension, options: CompleteCategoriesOptions = {}): string[] {
  const brackets = options.brackets ?? DEFAULT_AGE_BRACKETS;
  const codes = isAreaDimension(dimension)
    ? areasAtLevel(AREA_DIMENSION_LEVELS[dimension])
        .map((area) => area.pcode)
        .filter(
          (pcode) =>
            options.withinArea === undefined ||
            pcode.startsWith(options.withinArea) ||
            options.withinArea.startsWith(pcode),
        )
    : referenceOrder(dimension, brackets);
  return orderedCategories(dimension, [...codes, NOT_RECORDED], { brackets });
}
