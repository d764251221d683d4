/**
 * JSON with object keys sorted, so two values compare equal regardless of key order
 * (PostgreSQL's jsonb does not keep the order in which keys were written).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  });
}
