import { vocabularySchema } from './vocabulary';

/** IATI OrganisationType codelist; `iatiCode` is what an IATI file carries. */
export const IATI_ORGANISATION_TYPES = [
  { code: 'government', label: 'Government', iatiCode: 10 },
  { code: 'other_public_sector', label: 'Other Public Sector', iatiCode: 15 },
  { code: 'international_ngo', label: 'International NGO', iatiCode: 21 },
  { code: 'national_ngo', label: 'National NGO', iatiCode: 22 },
  { code: 'regional_ngo', label: 'Regional NGO', iatiCode: 23 },
  { code: 'partner_country_based_ngo', label: 'Partner Country based NGO', iatiCode: 24 },
  { code: 'public_private_partnership', label: 'Public Private Partnership', iatiCode: 30 },
  { code: 'multilateral', label: 'Multilateral', iatiCode: 40 },
  { code: 'foundation', label: 'Foundation', iatiCode: 60 },
  { code: 'private_sector', label: 'Private Sector', iatiCode: 70 },
  { code: 'private_sector_in_provider_country', label: 'Private Sector in Provider Country', iatiCode: 71 },
  { code: 'private_sector_in_aid_recipient_country', label: 'Private Sector in Aid Recipient Country', iatiCode: 72 },
  { code: 'private_sector_in_third_country', label: 'Private Sector in Third Country', iatiCode: 73 },
  { code: 'academic_training_research', label: 'Academic, Training and Research', iatiCode: 80 },
  { code: 'other', label: 'Other', iatiCode: 90 },
] as const;

export const IatiOrganisationTypeSchema = /* @__PURE__ */ vocabularySchema(
  IATI_ORGANISATION_TYPES,
  'IATI organisation type',
);
export type IatiOrganisationType = (typeof IATI_ORGANISATION_TYPES)[number]['code'];
