/**
 * Letters folded to what people type on an Arabic keyboard. Names reach the platform
 * typed by Arabic and Kurdish speakers, on Arabic, Sorani and Persian layouts, with or
 * without hamza and diacritics; folding them makes the spellings comparable.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  // Alef with hamza or madda, and alef wasla
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  // Hamza on a carrier folds to the carrier
  'ؤ': 'و', 'ئ': 'ي',
  // Taa marbuta and alef maqsura, as most people type them
  'ة': 'ه', 'ى': 'ي', 'ۀ': 'ه', 'ۓ': 'ي',
  // Sorani and Persian letters (ک ی ە ۆ ێ ڵ ڕ, ھ as Sorani writes h, ې)
  'ک': 'ك', 'ی': 'ي', 'ێ': 'ي', 'ې': 'ي', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۆ': 'و', 'ۇ': 'و', 'ڵ': 'ل', 'ڕ': 'ر',
  // Persian and Kurdish consonants an Arabic keyboard lacks
  'گ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف',
};

const LETTERS_TO_FOLD = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Harakat, shadda, sukun, superscript alef, Quranic annotation marks and tatweel (ـ):
 * spelling decoration, not letters.
 */
const DIACRITICS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF\u0640]/g;

/** Direction marks, zero-width joiners and non-joiners: invisible, but they break equality. */
const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function toAsciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Arabic-script text reduced to the spelling people agree on, for search and
 * duplicate detection (not for display):
 * - compatibility forms unfolded (ﻻ → لا; presentation forms from PDFs),
 * - diacritics and tatweel removed,
 * - alef and hamza forms, taa marbuta, alef maqsura and yaa folded,
 * - Sorani and Persian letters folded to their Arabic-keyboard letters,
 * - Arabic-Indic and Persian digits made ASCII,
 * - spaces trimmed and collapsed.
 *
 * @example normalizeArabic('أحمد') === normalizeArabic('احمد') // true
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(DIACRITICS_AND_TATWEEL, '')
    .replace(LETTERS_TO_FOLD, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(EASTERN_DIGITS, toAsciiDigit)
    .replace(/\s+/g, ' ')
    .trim();
}
