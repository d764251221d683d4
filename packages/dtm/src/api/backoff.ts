/** Statuses that the official DTM clients retry: rate limiting and transient server errors. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random, so many
 * clients do not retry in lockstep. attempt 0 waits about `baseMs`, then 2x, 4x...
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
