import type { z } from 'zod';

/**
 * Options for cross-field refinements: run them only once every field parsed
 * cleanly, so a bad field is reported once, by name, and not again as a confusing
 * cross-field error computed from the bad value (zod 4 would otherwise run them
 * after non-fatal field issues such as a negative count).
 */
export const AFTER_FIELD_CHECKS = {
  when: (payload: z.core.ParsePayload) => payload.issues.length === 0,
} as const;
