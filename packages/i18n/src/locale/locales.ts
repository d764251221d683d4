/** The locales the platform speaks: English, Arabic (Iraqi conventions) and Sorani Kurdish. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'ckb'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The BCP 47 tag handed to Intl for each locale. Arabic is `ar-IQ`, not bare `ar`,
 * because only the Iraqi data carries the Iraqi month names (كانون الثاني، آذار)
 * and Arabic-Indic digits as the default.
 */
export const INTL_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en',
  ar: 'ar-IQ',
  ckb: 'ckb-IQ',
};

/** Names of the locales in their own language, for a language switcher. */
export const LOCALE_AUTONYMS: Readonly<Record<Locale, string>> = {
  en: 'English',
  ar: 'العربية',
  ckb: 'کوردی (سۆرانی)',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
