type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** GraphQL input without its null fields: domain schemas read "not given" as undefined, and a null means the same. */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as WithoutNulls<T>;
}
