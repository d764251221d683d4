import { vocabularySchema } from './vocabulary';

/** Where a displacement figure came from, so figures from different sources never silently mix. */
export const DISPLACEMENT_SOURCES = [
  { code: 'dtm_api', label: 'DTM API' },
  { code: 'dtm_master_list', label: 'DTM Master List' },
  { code: 'iom_document', label: 'IOM document' },
  { code: 'manual', label: 'Manual entry' },
] as const;

export const DisplacementSourceSchema = /* @__PURE__ */ vocabularySchema(DISPLACEMENT_SOURCES, 'displacement source');
export type DisplacementSource = (typeof DISPLACEMENT_SOURCES)[number]['code'];
