/*
 * The household vocabularies the import reads. Their codes are @crc/domain's
 * (householdRelationships, washingtonGroupAnswers, being added with the Household model);
 * until they are on main they are listed here, and this file then re-exports the domain's.
 */
export const HOUSEHOLD_RELATIONSHIP_CODES: readonly string[] = [
  'head',
  'spouse',
  'child',
  'child_in_law',
  'grandchild',
  'parent',
  'parent_in_law',
  'sibling',
  'grandparent',
  'other_relative',
  'non_relative',
];
export const WASHINGTON_GROUP_ANSWER_CODES: readonly string[] = [
  'no_difficulty',
  'some_difficulty',
  'a_lot_of_difficulty',
  'cannot_do_at_all',
];
