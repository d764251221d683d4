import type { Locale } from '../locale/locales';
import { type DigitOptions, intlTag } from './digits';
import { numberFormat } from './intl-cache';
import { formatNumber } from './format-number';

/** Sorani magnitude words: ICU has no compact patterns for ckb (it prints `٣٫٢M`). */
const SORANI_MAGNITUDES = [
  { exponent: 12, word: 'تریلیۆن' },
  { exponent: 9, word: 'ملیار' },
  { exponent: 6, word: 'ملیۆن' },
  { exponent: 3, word: 'هەزار' },
] as const;

/** No-break space, as ICU puts between a number and its magnitude word: they never wrap apart. */
const NBSP = '\u00a0';

/**
 * Rounds like ICU's compact notation: one decimal below 10 (3.2 million), none from
 * 10 up (298 thousand), so ckb and ar/en show the same precision.
 */
function roundCompact(scaled: number): number {
  return Math.abs(scaled) < 10 ? Math.round(scaled * 10) / 10 : Math.round(scaled);
}

function formatSorani(value: number, options: DigitOptions): string {
  const index = SORANI_MAGNITUDES.findIndex(({ exponent }) => Math.abs(value) >= 10 ** exponent);
  const magnitude = SORANI_MAGNITUDES[index];
  if (magnitude === undefined) return formatNumber('ckb', Math.round(value), options);
  const scaled = roundCompact(value / 10 ** magnitude.exponent);
  // 999,950 rounds to "1000 thousand": say "1 million", as ICU does.
  const larger = SORANI_MAGNITUDES[index - 1];
  if (Math.abs(scaled) >= 1000 && larger) {
    return `${formatNumber('ckb', roundCompact(value / 10 ** larger.exponent), options)}${NBSP}${larger.word}`;
  }
  return `${formatNumber('ckb', scaled, { ...options, maximumFractionDigits: 1 })}${NBSP}${magnitude.word}`;
}

/**
 * A large number shortened for headlines: en `3.2M`, ar `٣٫٢ مليون`, ckb `٣٫٢ ملیۆن`.
 * Use `long` for en to get `3.2 million`.
 */
export function formatCompactNumber(
  locale: Locale,
  value: number,
  options: DigitOptions & { readonly display?: 'short' | 'long' } = {},
): string {
  if (locale === 'ckb') return formatSorani(value, options);
  return numberFormat(intlTag(locale, options.digits), {
    notation: 'compact',
    compactDisplay: options.display ?? 'short',
  }).format(value);
}
