/** A calendar date without time or zone (month 1-12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** An ISO calendar date string 'YYYY-MM-DD', or a Date (read in UTC, as `new Date('2000-01-31')` is). */
export type DateInput = string | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO date string or a Date as a calendar date. Dates are read in UTC so the
 * same input gives the same day on every server; strings must be real dates
 * ('2023-02-29' is rejected).
 */
export function toCalendarDate(input: DateInput, what = 'date'): CalendarDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError(`${what} is an invalid Date`);
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  const match = ISO_DATE.exec(input);
  if (!match) throw new RangeError(`${what} must be an ISO date 'YYYY-MM-DD' (got ${JSON.stringify(input)})`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${what} ${JSON.stringify(input)} is not a calendar date`);
  }
  return { year, month, day };
}

/** The date as 'YYYY-MM-DD'. */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
