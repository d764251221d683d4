import { vocabularySchema } from './vocabulary';

/** Groups of service types, for reporting and menus (protection, livelihoods, ...). */
export const SERVICE_CATEGORIES = [
  { code: 'information', label: 'Information and awareness' },
  { code: 'legal', label: 'Legal assistance' },
  { code: 'education', label: 'Education' },
  { code: 'livelihoods', label: 'Livelihoods' },
  { code: 'referral', label: 'Referrals' },
  { code: 'social_cohesion', label: 'Social cohesion and psychosocial support' },
  { code: 'community_support', label: 'Community support' },
] as const;

export const ServiceCategorySchema = /* @__PURE__ */ vocabularySchema(SERVICE_CATEGORIES, 'service category');
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number]['code'];
