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

/**
 * Which source counts when several give a figure for the same area, round and group
 * (they count the same people, so they are never added): the first present of this list.
 * The master list is DTM's own per-location count; the API serves the same rounds at
 * coarser levels; documents quote figures; manual entries come last.
 */
export const DISPLACEMENT_SOURCE_PRECEDENCE: readonly DisplacementSource[] = [
  'dtm_master_list',
  'dtm_api',
  'iom_document',
  'manual',
];
