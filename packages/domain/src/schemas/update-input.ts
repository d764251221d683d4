/** Refinement for update inputs: a patch must change at least one field. */
export function hasAtLeastOneField(patch: Record<string, unknown>): boolean {
  return Object.values(patch).some((value) => value !== undefined);
}

export const AT_LEAST_ONE_FIELD = { error: 'an update must set at least one field' } as const;
