import type { Locale } from './locales';

/**
 * Where to look when a name is missing in the requested locale, for every kind of name
 * (areas, centres, ...). Sorani readers read Arabic script and know the Arabic names of
 * places, so Sorani falls back to Arabic (never silently to English); Arabic falls back
 * to English, and English to Arabic, only if the data ever lacks that name.
 */
export const NAME_FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {
  en: ['en', 'ar'],
  ar: ['ar', 'en'],
  ckb: ['ckb', 'ar', 'en'],
};

/** A name found by {@link nameInLocale}: the text and the language it is really in. */
export interface NameInLocale {
  readonly text: string;
  /** The language of `text`: differs from the requested locale when the name is a fallback. */
  readonly lang: Locale;
  /** True when no name exists in the requested locale and `text` is another language's. */
  readonly isFallback: boolean;
}

/**
 * The first non-blank name in the locale's fallback order, or undefined when there is
 * none in any language. `nameIn(lang)` gives the stored name in one language.
 *
 * @example nameInLocale('ckb', (lang) => ({ en: 'Khanaqin', ar: 'خانقين', ckb: null })[lang])
 * // { text: 'خانقين', lang: 'ar', isFallback: true }
 */
export function nameInLocale(
  locale: Locale,
  nameIn: (lang: Locale) => string | null | undefined,
): NameInLocale | undefined {
  for (const lang of NAME_FALLBACKS[locale]) {
    const text = nameIn(lang);
    if (text !== null && text !== undefined && text.trim() !== '') return { text, lang, isFallback: lang !== locale };
  }
  return undefined;
}
