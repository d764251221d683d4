import { vocabularySchema } from './vocabulary';

/**
 * Community engagement and assessment activities (CRP VI "Accountability to
 * Communities": service point mapping, key informant interviews, meetings, household
 * surveys, workshops, town hall meetings; focus group discussions in M&E).
 */
export const ENGAGEMENT_TYPES = [
  { code: 'mapping', label: 'Service point mapping' },
  { code: 'key_informant_interview', label: 'Key informant interview' },
  { code: 'meeting', label: 'Meeting' },
  { code: 'survey', label: 'Household survey' },
  { code: 'workshop', label: 'Workshop' },
  { code: 'town_hall', label: 'Town hall meeting' },
  { code: 'focus_group_discussion', label: 'Focus group discussion' },
] as const;

export const EngagementTypeSchema = /* @__PURE__ */ vocabularySchema(ENGAGEMENT_TYPES, 'engagement type');
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number]['code'];
