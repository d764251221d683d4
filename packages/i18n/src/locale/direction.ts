import type { Locale } from './locales';

export type TextDirection = 'ltr' | 'rtl';

/** Writing direction of a locale: Arabic and Sorani are both written right to left. */
export function direction(locale: Locale): TextDirection {
  return locale === 'en' ? 'ltr' : 'rtl';
}
