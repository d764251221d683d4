import type { FeedbackSensitivity } from './feedback-sensitivities';
import { vocabularySchema } from './vocabulary';

/**
 * What a piece of feedback is about. Each category fixes the entry's sensitivity
 * (never chosen by hand, so a PSEA allegation cannot be filed as "standard" by
 * mistake) and the number of calendar days within which the person gets a response.
 * Sensitive categories have the shortest deadlines: they are about people's safety.
 */
export const FEEDBACK_CATEGORIES = [
  { code: 'information_request', label: 'Information request', sensitivity: 'standard', responseDays: 7 },
  { code: 'assistance_request', label: 'Assistance request', sensitivity: 'standard', responseDays: 14 },
  {
    code: 'service_quality_complaint',
    label: 'Complaint about service quality',
    sensitivity: 'standard',
    responseDays: 14,
  },
  { code: 'staff_conduct', label: 'Complaint about staff conduct', sensitivity: 'sensitive', responseDays: 7 },
  { code: 'fraud', label: 'Fraud or corruption', sensitivity: 'sensitive', responseDays: 7 },
  { code: 'psea', label: 'Sexual exploitation or abuse (PSEA)', sensitivity: 'psea', responseDays: 3 },
  { code: 'positive_feedback', label: 'Positive feedback', sensitivity: 'standard', responseDays: 30 },
  { code: 'suggestion', label: 'Suggestion', sensitivity: 'standard', responseDays: 30 },
] as const satisfies readonly { code: string; label: string; sensitivity: FeedbackSensitivity; responseDays: number }[];

export const FeedbackCategorySchema = /* @__PURE__ */ vocabularySchema(FEEDBACK_CATEGORIES, 'feedback category');
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number]['code'];
