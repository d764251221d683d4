import { vocabularySchema } from './vocabulary';

/**
 * Sex as recorded for sex-disaggregated data (SADD). `not_recorded` exists for data
 * quality, not as a third sex: imported or legacy records, and people who decline to
 * answer, must not be forced into female or male (that would bias every
 * disaggregation), and totals must still add up, so the gap is counted explicitly.
 */
export const SEXES = [
  { code: 'female', label: 'Female' },
  { code: 'male', label: 'Male' },
  { code: 'not_recorded', label: 'Not recorded' },
] as const;

export const SexSchema = /* @__PURE__ */ vocabularySchema(SEXES, 'sex');
export type Sex = (typeof SEXES)[number]['code'];
