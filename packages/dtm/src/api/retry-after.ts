/**
 * Milliseconds to wait according to a Retry-After header: delta-seconds ("120") or an
 * HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"). Undefined when absent or unreadable,
 * 0 for a date already past.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
