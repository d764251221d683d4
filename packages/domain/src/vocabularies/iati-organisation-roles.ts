import { vocabularySchema } from './vocabulary';

/** IATI OrganisationRole codelist: the part an organisation plays in an activity. */
export const IATI_ORGANISATION_ROLES = [
  { code: 'funding', label: 'Funding', iatiCode: 1 },
  { code: 'accountable', label: 'Accountable', iatiCode: 2 },
  { code: 'extending', label: 'Extending', iatiCode: 3 },
  { code: 'implementing', label: 'Implementing', iatiCode: 4 },
] as const;

export const IatiOrganisationRoleSchema = /* @__PURE__ */ vocabularySchema(
  IATI_ORGANISATION_ROLES,
  'IATI organisation role',
);
export type IatiOrganisationRole = (typeof IATI_ORGANISATION_ROLES)[number]['code'];
