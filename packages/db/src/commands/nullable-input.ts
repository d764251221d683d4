/**
 * A command input as callers hold it: any field may also be null (GraphQL sends null
 * for "not given", so do JSON forms). Nested objects too; lists are taken as they are.
 */
export type NullableInput<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: NullableInput<T[K]> | null }
    : T;

type WithoutNulls<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: WithoutNulls<Exclude<T[K], null>> }
    : T;

/**
 * The input with its nulls removed (recursively through objects, not lists): domain
 * schemas say "optional" with undefined, and an omitted field and a null one both mean
 * "not given" to them.
 */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    result[key] =
      typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
        ? withoutNulls(value as object)
        : value;
  }
  return result as WithoutNulls<T>;
}
