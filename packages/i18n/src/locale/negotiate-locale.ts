import { DEFAULT_LOCALE, type Locale } from './locales';

interface WeightedTag {
  readonly tag: string;
  readonly quality: number;
  readonly position: number;
}

/**
 * Parses an Accept-Language header (`ku-IQ,ar;q=0.8`) into tags, best first.
 * A malformed quality is treated as 1 (browsers never send one; a hand-written
 * header should not lose its language over it); `q=0` means "not acceptable".
 */
function parseAcceptLanguage(header: string): WeightedTag[] {
  return header
    .split(',')
    .map((part, position): WeightedTag => {
      const [rawTag = '', ...params] = part.split(';');
      const qParam = params.map((param) => param.trim()).find((param) => /^q\s*=/i.test(param));
      const parsedQuality = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/i, ''));
      const quality = Number.isFinite(parsedQuality) ? Math.min(Math.max(parsedQuality, 0), 1) : 1;
      return { tag: rawTag.trim(), quality, position };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
}

/**
 * The supported locale a single language tag asks for, if any. Kurdish in Arabic
 * script or spoken in Iraq is Sorani in practice (Kurmanji in Iraq, Badini, is
 * written in Latin script or Arabic script, and our only Kurdish locale is Sorani):
 * `ckb`, `ckb-*`, `ku-Arab*`, `ku-IQ` give `ckb`. Any `ar-*` gives `ar`.
 */
function localeOfTag(tag: string): Locale | undefined {
  const subtags = tag.toLowerCase().replace(/_/g, '-').split('-');
  const [language, ...rest] = subtags;
  if (language === 'ckb') return 'ckb';
  if (language === 'ku' && (rest.includes('arab') || rest.includes('iq'))) return 'ckb';
  if (language === 'ar') return 'ar';
  if (language === 'en') return 'en';
  return undefined;
}

/**
 * The best supported locale for an `Accept-Language` header or a list of language
 * tags (in order of preference), `en` when none matches.
 *
 * @example negotiateLocale('ku-IQ,ar;q=0.8') // 'ckb'
 * @example negotiateLocale(['fr-FR', 'ar-SY']) // 'ar'
 */
export function negotiateLocale(accepted: string | readonly string[] | null | undefined): Locale {
  if (accepted === null || accepted === undefined) return DEFAULT_LOCALE;
  const tags = typeof accepted === 'string' ? parseAcceptLanguage(accepted).map((entry) => entry.tag) : accepted;
  for (const tag of tags) {
    const locale = localeOfTag(tag.trim());
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
