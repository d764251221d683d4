/** Iraq is UTC+3 all year (no daylight saving since 2008). */
const IRAQ_UTC_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last answer and the Iraqi day it holds for, [start, end) in epoch ms: schemas ask once per row (issue 13). */
let lastDay = { start: 0, end: 0, date: '' };

/**
 * Today's date in Iraq as 'YYYY-MM-DD'. "Not in the future" checks use it: the
 * platform's users are in Iraq, and a server in UTC would otherwise reject a record
 * dated today between midnight and 03:00 local time.
 */
export function todayInIraq(now: Date = new Date()): string {
  const time = now.getTime();
  if (time >= lastDay.start && time < lastDay.end) return lastDay.date;
  const local = time + IRAQ_UTC_OFFSET_MS;
  const start = Math.floor(local / DAY_MS) * DAY_MS - IRAQ_UTC_OFFSET_MS;
  const date = new Date(local).toISOString().slice(0, 10);
  // An invalid date throws above (toISOString), as it did before the cache.
  lastDay = { start, end: start + DAY_MS, date };
  return date;
}
