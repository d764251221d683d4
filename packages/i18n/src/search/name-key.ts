import { normalizeArabic } from './normalize-arabic';

/**
 * Name parts written joined or apart: عبد المجيد / عبدالمجيد, ابو بكر / ابوبكر,
 * Abdel Sattar / Abdelsattar. The key always joins them.
 */
const JOINING_PREFIXES = /(^| )(عبد|ابو|abd|abdel|abdul|abu|abo) (?=\S)/g;

/** Punctuation inside names: hyphens, dots, apostrophes and ayn/hamza signs of transliterations. */
const NAME_PUNCTUATION = /[-‐-―.,،'’‘`ʿʾ"()_/\\]/g;

/**
 * The key under which a person's or place's name is indexed: every spelling that
 * differs only in diacritics, hamza, taa marbuta, Sorani vs Arabic-keyboard letters,
 * digits, punctuation, case, Latin accents or the spacing of عبد / ابو gets the same key.
 *
 * @example nameKey('کەرکووک') === nameKey('كهركووك') // true: Sorani letters typed on an Arabic keyboard
 */
export function nameKey(name: string): string {
  return normalizeArabic(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(NAME_PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(JOINING_PREFIXES, '$1$2');
}
