import { vocabularySchema } from './vocabulary';

/**
 * How a piece of feedback or a complaint reached the programme. CRP VI collects
 * feedback on monitoring and evaluation visits as well as at the centres, so the
 * M&E channels (visit, focus group, key informant interview) are channels too.
 */
export const FEEDBACK_CHANNELS = [
  { code: 'hotline', label: 'Hotline' },
  { code: 'in_person', label: 'In person at a centre' },
  { code: 'suggestion_box', label: 'Suggestion box' },
  { code: 'monitoring_visit', label: 'Monitoring and evaluation visit' },
  { code: 'focus_group_discussion', label: 'Focus group discussion' },
  { code: 'key_informant_interview', label: 'Key informant interview' },
  { code: 'online', label: 'Online' },
] as const;

export const FeedbackChannelSchema = /* @__PURE__ */ vocabularySchema(FEEDBACK_CHANNELS, 'feedback channel');
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number]['code'];
