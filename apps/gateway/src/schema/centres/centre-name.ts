import type { AreaDisplayName, Locale } from '@crc/i18n';

export interface CentreNames {
  /** The name as registered (English or transliterated). */
  readonly name: string;
  readonly nameAr: string | null;
  readonly nameCkb: string | null;
}

/**
 * Where to look when a translation is missing, as for area names: Sorani readers read
 * Arabic script, so Sorani falls back to Arabic before the registered name.
 */
const FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {
  en: ['en'],
  ar: ['ar', 'en'],
  ckb: ['ckb', 'ar', 'en'],
};

function nameIn(centre: CentreNames, lang: Locale): string | null {
  const text = lang === 'en' ? centre.name : lang === 'ar' ? centre.nameAr : centre.nameCkb;
  return text !== null && text.trim() !== '' ? text : null;
}

/** A centre's name in a locale, saying which language it really is in when it is a fallback. */
export function centreName(locale: Locale, centre: CentreNames): AreaDisplayName {
  for (const lang of FALLBACKS[locale]) {
    const text = nameIn(centre, lang);
    if (text !== null) return { text, lang, isFallback: lang !== locale, needsReview: false };
  }
  return { text: centre.name, lang: 'en', isFallback: locale !== 'en', needsReview: false };
}
