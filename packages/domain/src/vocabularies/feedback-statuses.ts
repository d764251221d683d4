import { vocabularySchema } from './vocabulary';

/**
 * Where a feedback entry stands. The moves between them (acknowledge, refer, respond,
 * close, reopen) are in rules/feedback-lifecycle.ts; `open` statuses count towards the
 * response deadline.
 */
export const FEEDBACK_STATUSES = [
  { code: 'received', label: 'Received', open: true },
  { code: 'acknowledged', label: 'Acknowledged', open: true },
  { code: 'referred', label: 'Referred', open: true },
  { code: 'responded', label: 'Responded', open: false },
  { code: 'closed', label: 'Closed', open: false },
] as const;

export const FeedbackStatusSchema = /* @__PURE__ */ vocabularySchema(FEEDBACK_STATUSES, 'feedback status');
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['code'];
