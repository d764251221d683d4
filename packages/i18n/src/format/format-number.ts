import type { Locale } from '../locale/locales';
import { type DigitOptions, intlTag } from './digits';
import { numberFormat } from './intl-cache';

export interface NumberFormatOptions extends DigitOptions {
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
}

/** A number with the locale's grouping and decimal separators, e.g. ckb `٤٬٦٠٠`, en `4,600`. */
export function formatNumber(locale: Locale, value: number | bigint, options: NumberFormatOptions = {}): string {
  const { digits, ...intlOptions } = options;
  return numberFormat(intlTag(locale, digits), intlOptions).format(value);
}

export interface PercentFormatOptions extends DigitOptions {
  /** Decimal places shown; default 0 (`42%`). */
  readonly fractionDigits?: number;
}

/** A ratio as a percentage: `0.425` gives en `43%`, ar `٤٣٪؜`. */
export function formatPercent(locale: Locale, ratio: number, options: PercentFormatOptions = {}): string {
  const fractionDigits = options.fractionDigits ?? 0;
  return numberFormat(intlTag(locale, options.digits), {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}
