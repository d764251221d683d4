type Compact<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: Compact<Exclude<T[K], null>> }
    : T;

/**
 * GraphQL input with its nulls removed (recursively through objects, not lists):
 * domain schemas say "optional" with undefined, and an omitted field and a null one
 * both mean "not given" to them.
 */
export function withoutNulls<T extends object>(input: T): Compact<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    result[key] =
      typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
        ? withoutNulls(value as object)
        : value;
  }
  return result as Compact<T>;
}
