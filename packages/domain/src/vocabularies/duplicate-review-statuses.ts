import { vocabularySchema } from './vocabulary';

/** Where a probable duplicate pair stands in the review queue; `merged` and `kept_apart` are final. */
export const DUPLICATE_REVIEW_STATUSES = [
  { code: 'pending', label: 'Awaiting review' },
  { code: 'merged', label: 'Merged' },
  { code: 'kept_apart', label: 'Kept apart' },
] as const;

export const DuplicateReviewStatusSchema = /* @__PURE__ */ vocabularySchema(
  DUPLICATE_REVIEW_STATUSES,
  'duplicate review status',
);
export type DuplicateReviewStatus = (typeof DUPLICATE_REVIEW_STATUSES)[number]['code'];
