import { vocabularySchema } from './vocabulary';

/** How a monitoring and evaluation exercise collected its evidence. */
export const EVALUATION_METHODS = [
  { code: 'focus_group_discussion', label: 'Focus group discussion' },
  { code: 'key_informant_interview', label: 'Key informant interview' },
  { code: 'survey', label: 'Survey' },
  { code: 'observation', label: 'Direct observation' },
] as const;

export const EvaluationMethodSchema = /* @__PURE__ */ vocabularySchema(EVALUATION_METHODS, 'evaluation method');
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number]['code'];
