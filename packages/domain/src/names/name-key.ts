import { normaliseArabicScript } from './normalise-arabic-script';

/**
 * Name parts written joined or apart: عبد المجيد / عبدالمجيد, ابو بكر / ابوبكر,
 * Abdel Sattar / Abdelsattar. The key always joins them.
 */
const JOINING_PREFIXES = /(^| )(عبد|ابو|abd|abdel|abdul|abu|abo) (?=\S)/g;

/** Punctuation inside names: hyphens, dots, apostrophes and ayn/hamza signs of transliterations. */
const NAME_PUNCTUATION = /[-‐-―.,،'’‘`ʿʾ"()_/\\]/g;

/**
 * The key under which a person's name is indexed (Beneficiary.nameKey), searched and
 * de-duplicated: every spelling that differs only in what normaliseArabicScript folds
 * (diacritics, hamza, taa marbuta, Sorani vs Arabic-keyboard letters, digits, Latin
 * accents, invisible marks), punctuation, case or the spacing of عبد / ابو gets the same key.
 *
 * @example nameKey('کەرکووک') === nameKey('كهركووك') // true: Sorani letters typed on an Arabic keyboard
 */
export function nameKey(name: string): string {
  return normaliseArabicScript(name)
    .toLowerCase()
    .replace(NAME_PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(JOINING_PREFIXES, '$1$2');
}
