import { vocabularySchema } from './vocabulary';

/**
 * How a finding's figure relates to the change measured, as the source words it:
 * "improved by more than 78%" is `more_than` 78, not 78. Keeping it stops a report
 * from claiming more precision than the evaluation gave.
 */
export const FINDING_COMPARATORS = [
  { code: 'exactly', label: 'Exactly' },
  { code: 'more_than', label: 'More than' },
  { code: 'less_than', label: 'Less than' },
  { code: 'about', label: 'About' },
] as const;

export const FindingComparatorSchema = /* @__PURE__ */ vocabularySchema(FINDING_COMPARATORS, 'finding comparator');
export type FindingComparator = (typeof FINDING_COMPARATORS)[number]['code'];
