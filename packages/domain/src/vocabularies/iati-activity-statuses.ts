import { vocabularySchema } from './vocabulary';

/** IATI ActivityStatus codelist; `iatiCode` is what an IATI file carries. */
export const IATI_ACTIVITY_STATUSES = [
  { code: 'pipeline', label: 'Pipeline/identification', iatiCode: 1 },
  { code: 'implementation', label: 'Implementation', iatiCode: 2 },
  { code: 'finalisation', label: 'Finalisation', iatiCode: 3 },
  { code: 'closed', label: 'Closed', iatiCode: 4 },
  { code: 'cancelled', label: 'Cancelled', iatiCode: 5 },
  { code: 'suspended', label: 'Suspended', iatiCode: 6 },
] as const;

export const IatiActivityStatusSchema = /* @__PURE__ */ vocabularySchema(
  IATI_ACTIVITY_STATUSES,
  'IATI activity status',
);
export type IatiActivityStatus = (typeof IATI_ACTIVITY_STATUSES)[number]['code'];
