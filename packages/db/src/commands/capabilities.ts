/**
 * Permissions an API key (or another actor) holds on top of its role. Additive: a
 * capability only ever lets an actor see or do more, never less.
 *
 * - `feedback_focal_point`: a designated feedback focal point. Sees and handles the
 *   sensitive and PSEA feedback of the organisation or centres the key is bound to;
 *   nobody else sees those entries at all.
 */
export const CAPABILITIES = ['feedback_focal_point'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export function isCapability(value: string): value is Capability {
  return (CAPABILITIES as readonly string[]).includes(value);
}

/** Capabilities read from a database row (a text[] column may hold codes this version does not know: ignored). */
export function capabilitiesOf(codes: readonly string[] | null | undefined): ReadonlySet<Capability> {
  return new Set((codes ?? []).filter(isCapability));
}
