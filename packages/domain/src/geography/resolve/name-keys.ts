import type { AdminLevel } from '../admin-level';
import { normaliseArabicScript } from '../../names/normalise-arabic-script';

/** How a place name is compared: two keys, from strict to forgiving. */
export interface NameKeys {
  /** Case, accents, punctuation, diacritics and articles ignored: `al-anbar` and `Anbar` share it. */
  readonly exact: string;
  /** Also ignores spaces and common transliteration swings (Basrah/Basra, Qadissiya/Qadisiyah). */
  readonly loose: string;
  /** Level named in the text itself ("Mosul district", "محافظة نينوى"), if any. */
  readonly levelHint: AdminLevel | undefined;
}

const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;

// Words that name the level rather than the place, after folding.
const LEVEL_WORDS: ReadonlyMap<string, AdminLevel> = new Map([
  ...['governorate', 'province', 'muhafadha', 'muhafaza', 'muhafazat', 'محافظه', 'پاريزگا', 'پاريزگاي'].map(
    (w) => [w, 'governorate'] as const,
  ),
  ...['district', 'qada', 'qadaa', 'qadha', 'قضا', 'قهزا', 'قهزاي'].map((w) => [w, 'district'] as const),
  ...['subdistrict', 'nahia', 'nahiya', 'nahiyah', 'ناحيه', 'ناحيهي'].map((w) => [w, 'subdistrict'] as const),
]);

// "as-Sulaymaniyah", "an-Najaf", "ash-Shirqat": the article assimilated to the next consonant.
const SUN_ARTICLES = new Set(['at', 'ath', 'ad', 'adh', 'ar', 'az', 'as', 'ash', 'an']);

// A district's central sub-district is "Markaz X" in the dataset, "X Centre" in many reports.
const CENTRE_WORDS = new Set(['markaz', 'centre', 'center']);

function isArticle(token: string, next: string | undefined): boolean {
  if (token === 'al' || token === 'el') return next !== undefined;
  return SUN_ARTICLES.has(token) && next !== undefined && next.startsWith(token.slice(1));
}

function stripArabicArticle(token: string): string {
  return token.length > 3 && token.startsWith('ال') ? token.slice(2) : token;
}

/** Lower-case tokens with punctuation, diacritics, level words and articles removed. */
function tokens(text: string): { readonly words: string[]; readonly levelHint: AdminLevel | undefined } {
  const folded = normaliseArabicScript(text.replace(APOSTROPHES, ''))
    .toLowerCase()
    .replace(/\bsub[\s-]+district\b/g, 'subdistrict')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const raw = folded === '' ? [] : folded.split(' ');
  let levelHint: AdminLevel | undefined;
  const words: string[] = [];
  raw.forEach((token, i) => {
    const level = LEVEL_WORDS.get(token);
    if (level !== undefined && raw.length > 1) {
      levelHint ??= level;
      return;
    }
    if (isArticle(token, raw[i + 1])) return;
    words.push(CENTRE_WORDS.has(token) ? 'markaz' : stripArabicArticle(token));
  });
  // "Kirkuk Centre" is the dataset's "Markaz Kirkuk": same words, dataset order.
  const centre = words.indexOf('markaz');
  if (centre > 0) words.unshift(...words.splice(centre, 1));
  return { words, levelHint };
}

// Latin transliteration swings that do not distinguish Iraqi place names.
function loosenLatin(word: string): string {
  return word
    .replace(/([aeiou])h$/, '$1') // Basrah / Basra, Qadisiyah / Qadisiya
    .replace(/ou|oo/g, 'u') // Mahmoudiya / Mahmudiya, Tooz / Tuz
    .replace(/ee/g, 'i') // Heet / Hit
    .replace(/y/g, 'i') // Sulaymaniya / Sulaimaniya
    .replace(/q/g, 'k') // Al-Qaim / Al-Kaim
    .replace(/(.)\1+/g, '$1'); // Qadissiya / Qadisiya, Shatt / Shat
}

/** The comparison keys of a place name, in any script. */
export function nameKeys(text: string): NameKeys {
  const { words, levelHint } = tokens(text);
  return {
    exact: words.join(' '),
    loose: words.map(loosenLatin).join(''),
    levelHint,
  };
}
