import { vocabularySchema } from './vocabulary';

/**
 * What a person may agree to, one purpose at a time, and withdraw the same way.
 * `data_processing` (recording and using the data to serve the person at the centre,
 * counted in anonymous figures) is required to register; the others are optional.
 * What a withdrawal stops is in `consentAllows` (rules/consent.ts).
 */
export const CONSENT_PURPOSES = [
  { code: 'data_processing', label: 'Recording and using the data to provide services' },
  { code: 'sharing_with_partners', label: 'Sharing the data with partner organisations for referrals' },
  { code: 'contact', label: 'Being contacted by phone' },
] as const;

export const ConsentPurposeSchema = /* @__PURE__ */ vocabularySchema(CONSENT_PURPOSES, 'consent purpose');
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]['code'];
