import type { z } from 'zod';

/** One validation problem, in the shape every consumer reports. */
export interface FieldIssue {
  /** Dotted path of the field ('participants.female', 'targets.0.value'); '' for the input as a whole. */
  readonly field: string;
  readonly message: string;
  /** zod's issue code ('invalid_value', 'too_small', 'custom', ...). */
  readonly code: string;
}

/**
 * Flattens a zod error (or anything holding zod issues) into one entry per
 * problem, with the field as a dotted path.
 */
export function formatIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}
