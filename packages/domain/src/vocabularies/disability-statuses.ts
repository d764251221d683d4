import { vocabularySchema } from './vocabulary';

/**
 * Disability status as a disaggregation, derived from the Washington Group Short Set
 * (rule `disabilityStatusOf`): never asked directly, never typed in by hand.
 */
export const DISABILITY_STATUSES = [
  { code: 'with_disability', label: 'With disability' },
  { code: 'without_disability', label: 'Without disability' },
  { code: 'not_recorded', label: 'Not recorded' },
] as const;

export const DisabilityStatusSchema = /* @__PURE__ */ vocabularySchema(DISABILITY_STATUSES, 'disability status');
export type DisabilityStatus = (typeof DISABILITY_STATUSES)[number]['code'];
