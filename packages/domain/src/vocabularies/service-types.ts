import type { ServiceCategory } from './service-categories';
import { vocabularySchema } from './vocabulary';

/**
 * Services delivered at or through a centre, as the IOM Iraq CRC, community centre and
 * CRP VI documents name them. Courses (carpentry, sewing, English, ...) are a separate
 * vocabulary (VOCATIONAL_COURSES), not service types: a course is *what* is taught
 * inside vocational training or informal education, so reporting by service stays
 * stable when a centre adds a new course. `takesCourse` says whether a delivery of
 * this service names a course.
 */
export const SERVICE_TYPES = [
  {
    code: 'awareness_raising',
    label: 'Awareness raising and information dissemination',
    category: 'information',
    takesCourse: false,
  },
  { code: 'legal_counselling', label: 'Legal counselling', category: 'legal', takesCourse: false },
  { code: 'legal_representation', label: 'Legal representation', category: 'legal', takesCourse: false },
  {
    code: 'housing_land_property_counselling',
    label: 'Housing, land and property (HLP) counselling',
    category: 'legal',
    takesCourse: false,
  },
  { code: 'informal_education', label: 'Informal education', category: 'education', takesCourse: true },
  { code: 'vocational_training', label: 'Vocational training', category: 'livelihoods', takesCourse: true },
  { code: 'on_the_job_training', label: 'On-the-job training', category: 'livelihoods', takesCourse: true },
  {
    code: 'business_development_services',
    label: 'Business development services',
    category: 'livelihoods',
    takesCourse: false,
  },
  { code: 'business_support_package', label: 'Business support package', category: 'livelihoods', takesCourse: false },
  {
    code: 'business_enhancement_package',
    label: 'Business enhancement package',
    category: 'livelihoods',
    takesCourse: false,
  },
  { code: 'cash_for_work', label: 'Cash-for-work', category: 'livelihoods', takesCourse: false },
  { code: 'referral_protection', label: 'Referral to protection services', category: 'referral', takesCourse: false },
  {
    code: 'referral_mhpss',
    label: 'Referral to mental health and psychosocial support (MHPSS)',
    category: 'referral',
    takesCourse: false,
  },
  { code: 'referral_other', label: 'Referral to other services', category: 'referral', takesCourse: false },
  {
    code: 'psychosocial_support',
    label: 'Psychosocial support activity',
    category: 'social_cohesion',
    takesCourse: false,
  },
  { code: 'peacebuilding', label: 'Peacebuilding activity', category: 'social_cohesion', takesCourse: false },
  { code: 'leadership_training', label: 'Leadership training', category: 'social_cohesion', takesCourse: false },
  { code: 'mediation', label: 'Mediation session or training', category: 'social_cohesion', takesCourse: false },
  { code: 'self_help_group', label: 'Self-help group', category: 'social_cohesion', takesCourse: false },
  {
    code: 'recreational_activity',
    label: 'Recreational and social activity',
    category: 'social_cohesion',
    takesCourse: false,
  },
  { code: 'advocacy_initiative', label: 'Advocacy initiative', category: 'community_support', takesCourse: false },
  {
    code: 'small_grant',
    label: 'Small grant to a volunteer network',
    category: 'community_support',
    takesCourse: false,
  },
  { code: 'childcare', label: 'Childcare', category: 'community_support', takesCourse: false },
] as const satisfies readonly { code: string; label: string; category: ServiceCategory; takesCourse: boolean }[];

export const ServiceTypeSchema = /* @__PURE__ */ vocabularySchema(SERVICE_TYPES, 'service type');
export type ServiceType = (typeof SERVICE_TYPES)[number]['code'];

/** Service types whose deliveries name a course (see VOCATIONAL_COURSES). */
export const COURSE_SERVICE_TYPES: readonly ServiceType[] = SERVICE_TYPES.filter((type) => type.takesCourse).map(
  (type) => type.code,
);
