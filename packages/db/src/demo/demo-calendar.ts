import type { Random } from './random';

const DAY_MS = 86_400_000;

/** A DATE column value: midnight UTC of an ISO calendar date (YYYY-MM-DD). */
export function dateOf(iso: string): Date {
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${iso}`);
  return date;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Centres open Sunday to Thursday (IOM Iraq): Friday and Saturday are the weekend. */
export function isWorkingDay(date: Date): boolean {
  const day = date.getUTCDay();
  return day !== 5 && day !== 6;
}

/** A working day in [from, to] (both dates at midnight UTC); `from` if the window is empty. */
export function randomWorkingDay(random: Random, from: Date, to: Date): Date {
  const span = Math.max(0, Math.round((to.getTime() - from.getTime()) / DAY_MS));
  let day = addDays(from, random.int(0, span));
  // Step back over the weekend, but never before the window (then step forward).
  while (!isWorkingDay(day)) day = addDays(day, day.getTime() > from.getTime() ? -1 : 1);
  return day;
}

/** The later of two dates. */
export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
