import { vocabularySchema } from './vocabulary';

/** Displacement status of a person or group, the IOM/DTM population categories. */
export const POPULATION_GROUPS = [
  { code: 'idp', label: 'Internally displaced person' },
  { code: 'returnee', label: 'Returnee' },
  { code: 'host_community', label: 'Host community member' },
  { code: 'refugee', label: 'Refugee' },
  { code: 'other', label: 'Other' },
] as const;

export const PopulationGroupSchema = /* @__PURE__ */ vocabularySchema(POPULATION_GROUPS, 'population group');
export type PopulationGroup = (typeof POPULATION_GROUPS)[number]['code'];
