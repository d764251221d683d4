import { vocabularySchema } from './vocabulary';

/**
 * The two kinds of centre IOM Iraq runs: Community Resource Centres (return and
 * reintegration hubs, e.g. Jalawla, Baiji) and community centres (peacebuilding and
 * psychosocial support, e.g. Baghdad, Diyala, Kirkuk, Ninewa).
 */
export const CENTRE_KINDS = [
  { code: 'community_resource_centre', label: 'Community Resource Centre', acronym: 'CRC' },
  { code: 'community_centre', label: 'Community centre', acronym: 'CC' },
] as const;

export const CentreKindSchema = /* @__PURE__ */ vocabularySchema(CENTRE_KINDS, 'centre kind');
export type CentreKind = (typeof CENTRE_KINDS)[number]['code'];
