import type { Locale } from '../locale/locales';
import { type DigitOptions, intlTag } from './digits';
import { dateTimeFormat } from './intl-cache';

export interface DateFormatOptions extends DigitOptions {
  /** `long` (11 October 2017), `medium` or `short`; default `long`. */
  readonly style?: 'long' | 'medium' | 'short';
  /** Time zone for Date values; default Asia/Baghdad. ISO date strings ignore it. */
  readonly timeZone?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date. An ISO date string (`2017-10-11`) is a day, not an instant, so
 * it is formatted in UTC and never shifts a day whatever the server's time zone;
 * a Date is an instant and is shown as the date in Iraq unless told otherwise.
 * Arabic uses the Iraqi month names (تشرين الأول, not أكتوبر).
 *
 * @example formatDate('ar', '2017-10-11') // '١١ تشرين الأول ٢٠١٧'
 */
export function formatDate(locale: Locale, date: Date | string, options: DateFormatOptions = {}): string {
  const isoMatch = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  const instant = typeof date === 'string' ? new Date(isoMatch ? `${date}T00:00:00Z` : date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  const timeZone = isoMatch ? 'UTC' : (options.timeZone ?? 'Asia/Baghdad');
  return dateTimeFormat(intlTag(locale, options.digits), { dateStyle: options.style ?? 'long', timeZone }).format(
    instant,
  );
}
