/** Iraq is UTC+3 all year (no daylight saving since 2008). */
const IRAQ_UTC_OFFSET_MS = 3 * 60 * 60 * 1000;

/**
 * Today's date in Iraq as 'YYYY-MM-DD'. "Not in the future" checks use it: the
 * platform's users are in Iraq, and a server in UTC would otherwise reject a record
 * dated today between midnight and 03:00 local time.
 */
export function todayInIraq(now: Date = new Date()): string {
  return new Date(now.getTime() + IRAQ_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
