import { vocabularySchema } from './vocabulary';

/**
 * Units of an indicator. Every figure carries its unit: individuals and households
 * are never added together. `currency` values are decimal strings with a currency.
 */
export const INDICATOR_UNITS = [
  { code: 'individuals', label: 'Individuals', integer: true },
  { code: 'households', label: 'Households', integer: true },
  { code: 'count', label: 'Count', integer: true },
  { code: 'percent', label: 'Percent', integer: false },
  { code: 'currency', label: 'Currency amount', integer: false },
] as const;

export const IndicatorUnitSchema = /* @__PURE__ */ vocabularySchema(INDICATOR_UNITS, 'indicator unit');
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number]['code'];
