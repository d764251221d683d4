import { vocabularySchema } from './vocabulary';

/** Why two records look like the same person, as the duplicate search found it. */
export const DUPLICATE_MATCH_REASONS = [
  { code: 'same_name', label: 'Same name after Arabic-script folding' },
  { code: 'similar_name', label: 'Similar name (small edit distance)' },
  { code: 'same_birth_date', label: 'Same date of birth' },
  { code: 'same_birth_year', label: 'Same year of birth' },
  { code: 'same_phone', label: 'Same phone number' },
  { code: 'same_area', label: 'Same area of residence' },
  { code: 'same_household', label: 'Same household' },
] as const;

export const DuplicateMatchReasonSchema = /* @__PURE__ */ vocabularySchema(
  DUPLICATE_MATCH_REASONS,
  'duplicate match reason',
);
export type DuplicateMatchReason = (typeof DUPLICATE_MATCH_REASONS)[number]['code'];
