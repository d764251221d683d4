import type { Locale } from '../locale/locales';
import { type DigitOptions, intlTag } from './digits';
import { numberFormat } from './intl-cache';

/**
 * Decimal places per currency. IQD is 0 (ISO says 3, but fils have not circulated
 * for decades: every Iraqi price and budget is in whole dinars).
 */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { IQD: 0, JPY: 0 };

/**
 * An amount of money. Amounts are decimals, so pass them as strings
 * (`'19300000.50'`) to keep every digit: Intl formats decimal strings exactly.
 *
 * @example formatCurrency('en', '4600', 'IQD') // 'IQD 4,600'
 * @example formatCurrency('ar', '19300000', 'USD') // '‏١٩٬٣٠٠٬٠٠٠٫٠٠ US$'
 */
export function formatCurrency(
  locale: Locale,
  amount: string | number | bigint,
  currency: string,
  options: DigitOptions = {},
): string {
  const code = currency.toUpperCase();
  const fractionDigits = FRACTION_DIGITS[code] ?? 2;
  const formatter = numberFormat(intlTag(locale, options.digits), {
    style: 'currency',
    currency: code,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  // Intl (ES2023) formats numeric strings as exact decimals; the lib typings lag behind.
  return formatter.format(amount as number);
}
