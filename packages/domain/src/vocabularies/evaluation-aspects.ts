import { vocabularySchema } from './vocabulary';

/** What an evaluation finding measured a change in (CRP VI: quality of services, access to facilities). */
export const EVALUATION_ASPECTS = [
  { code: 'service_quality', label: 'Quality of services' },
  { code: 'access_to_facilities', label: 'Access to facilities' },
  { code: 'living_conditions', label: 'Living conditions' },
  { code: 'beneficiary_satisfaction', label: 'Beneficiary satisfaction' },
] as const;

export const EvaluationAspectSchema = /* @__PURE__ */ vocabularySchema(EVALUATION_ASPECTS, 'evaluation aspect');
export type EvaluationAspect = (typeof EVALUATION_ASPECTS)[number]['code'];
