import { vocabularySchema } from './vocabulary';

/**
 * What can be done to a feedback entry; each action after `record` leads to one status
 * (rules/feedback-lifecycle.ts). `record` is the first line of every entry's history.
 */
export const FEEDBACK_ACTIONS = [
  { code: 'record', label: 'Record' },
  { code: 'acknowledge', label: 'Acknowledge' },
  { code: 'refer', label: 'Refer' },
  { code: 'respond', label: 'Respond' },
  { code: 'close', label: 'Close' },
  { code: 'reopen', label: 'Reopen' },
] as const;

export const FeedbackActionSchema = /* @__PURE__ */ vocabularySchema(FEEDBACK_ACTIONS, 'feedback action');
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number]['code'];
