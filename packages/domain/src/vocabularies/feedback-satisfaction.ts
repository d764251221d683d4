import { vocabularySchema } from './vocabulary';

/** The person's satisfaction with how their feedback was handled, asked when it is closed. */
export const FEEDBACK_SATISFACTION = [
  { code: 'satisfied', label: 'Satisfied' },
  { code: 'partly_satisfied', label: 'Partly satisfied' },
  { code: 'not_satisfied', label: 'Not satisfied' },
  { code: 'not_asked', label: 'Not asked' },
] as const;

export const FeedbackSatisfactionSchema = /* @__PURE__ */ vocabularySchema(
  FEEDBACK_SATISFACTION,
  'feedback satisfaction',
);
export type FeedbackSatisfaction = (typeof FEEDBACK_SATISFACTION)[number]['code'];
