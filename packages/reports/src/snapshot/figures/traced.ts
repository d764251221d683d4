/**
 * A figure of the snapshot with where it comes from: the query that computed it and
 * when. The appendix lists every one, so each number can be traced back to the data.
 */
export interface Traced<T> {
  /** Stable id, also the anchor of the figure in the HTML (`#figure-<id>`). */
  readonly id: string;
  readonly value: T;
  /** The query, as SQL or as the reach request it asked. */
  readonly query: string;
  /** ISO date-time of the computation. */
  readonly computedAt: string;
}

export function traced<T>(id: string, value: T, query: string, computedAt: Date = new Date()): Traced<T> {
  return { id, value, query: query.replace(/\s+/g, ' ').trim(), computedAt: computedAt.toISOString() };
}
