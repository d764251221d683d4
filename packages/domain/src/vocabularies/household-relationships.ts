import { vocabularySchema } from './vocabulary';

/**
 * How a household member is related to the head of the household, in the coarse
 * gender-neutral categories registration forms use (sex is recorded on the person).
 * `head` is the head themself: every household has exactly one.
 */
export const HOUSEHOLD_RELATIONSHIPS = [
  { code: 'head', label: 'Head of household' },
  { code: 'spouse', label: 'Spouse' },
  { code: 'child', label: 'Son or daughter' },
  { code: 'child_in_law', label: 'Son-in-law or daughter-in-law' },
  { code: 'grandchild', label: 'Grandchild' },
  { code: 'parent', label: 'Father or mother' },
  { code: 'parent_in_law', label: 'Father-in-law or mother-in-law' },
  { code: 'sibling', label: 'Brother or sister' },
  { code: 'grandparent', label: 'Grandfather or grandmother' },
  { code: 'other_relative', label: 'Other relative' },
  { code: 'non_relative', label: 'Not related' },
] as const;

export const HouseholdRelationshipSchema = /* @__PURE__ */ vocabularySchema(
  HOUSEHOLD_RELATIONSHIPS,
  'household relationship',
);
export type HouseholdRelationship = (typeof HOUSEHOLD_RELATIONSHIPS)[number]['code'];
