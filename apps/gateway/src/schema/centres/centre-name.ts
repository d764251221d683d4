import { nameInLocale, type AreaDisplayName, type Locale } from '@crc/i18n';

export interface CentreNames {
  /** The name as registered (English or transliterated). */
  readonly name: string;
  readonly nameAr: string | null;
  readonly nameCkb: string | null;
}

function nameIn(centre: CentreNames, lang: Locale): string | null {
  return lang === 'en' ? centre.name : lang === 'ar' ? centre.nameAr : centre.nameCkb;
}

/**
 * A centre's name in a locale, saying which language it really is in when it is a
 * fallback; the fallback order is @crc/i18n's, the same as for area names.
 */
export function centreName(locale: Locale, centre: CentreNames): AreaDisplayName {
  const found = nameInLocale(locale, (lang) => nameIn(centre, lang));
  if (found !== undefined) return { ...found, needsReview: false };
  return { text: centre.name, lang: 'en', isFallback: locale !== 'en', needsReview: false };
}
