import { vocabularySchema } from './vocabulary';

/**
 * Who may see a feedback entry. `sensitive` and `psea` entries reach only the
 * designated feedback focal points (IASC AAP commitments, CHS Commitment 5): to anyone
 * else they do not exist. `psea` is its own level because sexual exploitation and abuse
 * allegations follow their own referral pathway, even among focal points' reports.
 */
export const FEEDBACK_SENSITIVITIES = [
  { code: 'standard', label: 'Standard', restricted: false },
  { code: 'sensitive', label: 'Sensitive', restricted: true },
  { code: 'psea', label: 'Sexual exploitation and abuse (PSEA)', restricted: true },
] as const;

export const FeedbackSensitivitySchema = /* @__PURE__ */ vocabularySchema(
  FEEDBACK_SENSITIVITIES,
  'feedback sensitivity',
);
export type FeedbackSensitivity = (typeof FEEDBACK_SENSITIVITIES)[number]['code'];
