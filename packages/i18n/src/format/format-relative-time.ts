import type { Locale } from '../locale/locales';
import { type DigitOptions, intlTag } from './digits';
import { relativeTimeFormat } from './intl-cache';
import { formatNumber } from './format-number';

export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface RelativeTimeOptions extends DigitOptions {
  /** `auto` says "yesterday" / "tomorrow" instead of "1 day ago" / "in 1 day"; default `always`. */
  readonly numeric?: 'always' | 'auto';
}

/**
 * Sorani unit nouns. Sorani keeps the noun singular after a numeral
 * (٣ ڕۆژ, not ٣ ڕۆژان), so one form per unit is enough.
 */
const SORANI_UNITS: Readonly<Record<RelativeTimeUnit, string>> = {
  second: 'چرکە',
  minute: 'خولەک',
  hour: 'کاتژمێر',
  day: 'ڕۆژ',
  week: 'هەفتە',
  month: 'مانگ',
  quarter: 'چارەکەساڵ',
  year: 'ساڵ',
};

/** Sorani words for the day before, the day itself and the day after (numeric: 'auto'). */
const SORANI_DAYS: Readonly<Record<string, string>> = { '-1': 'دوێنێ', '0': 'ئەمڕۆ', '1': 'سبەینێ' };

function formatSorani(value: number, unit: RelativeTimeUnit, options: RelativeTimeOptions): string {
  if (options.numeric === 'auto' && unit === 'day') {
    const word = SORANI_DAYS[String(value)];
    if (word !== undefined) return word;
  }
  const amount = formatNumber('ckb', Math.abs(value), { digits: options.digits });
  const noun = SORANI_UNITS[unit];
  // Past: "٣ ڕۆژ لەمەوبەر" (3 days ago); future: "پاش ٣ ڕۆژ" (after 3 days).
  return value < 0 || Object.is(value, -0) ? `${amount} ${noun} لەمەوبەر` : `پاش ${amount} ${noun}`;
}

/**
 * A time relative to now: negative values are in the past. ICU lacks Sorani
 * relative-time data (it prints `-٣ d`), so Sorani uses the package's own strings.
 *
 * @example formatRelativeTime('ckb', -3, 'day') // '٣ ڕۆژ لەمەوبەر'
 * @example formatRelativeTime('ar', -3, 'day') // 'قبل ٣ أيام'
 */
export function formatRelativeTime(
  locale: Locale,
  value: number,
  unit: RelativeTimeUnit,
  options: RelativeTimeOptions = {},
): string {
  if (locale === 'ckb') return formatSorani(value, unit, options);
  return relativeTimeFormat(intlTag(locale, options.digits), { numeric: options.numeric ?? 'always' }).format(
    value,
    unit,
  );
}
