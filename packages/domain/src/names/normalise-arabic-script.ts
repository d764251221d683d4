// Arabic-script folding for name matching (Arabic and Sorani). The one folding of the
// platform: area resolution, name search and duplicate detection all compare names
// through it, so they cannot disagree on whether two spellings are the same. Both
// sides of a comparison go through the same folding, so it has to be consistent,
// not linguistically exact.

// Letters that spelling, keyboards and fonts use interchangeably, folded to what an
// Arabic keyboard types. Names reach the platform typed by Arabic and Kurdish
// speakers on Arabic, Sorani and Persian layouts.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  // Alef wasla and alef with wavy hamza (hamza and madda carriers fold by decomposition)
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  // Taa marbuta and alef maqsura, as most people type them (حلبجة / حلبجه, ديالى / ديالي)
  ة: 'ه',
  ى: 'ي',
  ے: 'ي',
  // Sorani and Persian letter forms: ک ی ە ھ ہ, and the letters an Arabic keyboard cannot type
  ک: 'ك',
  ی: 'ي',
  ێ: 'ي',
  ې: 'ي',
  ە: 'ه',
  ھ: 'ه',
  ہ: 'ه',
  ۆ: 'و',
  ۇ: 'و',
  ڵ: 'ل',
  ڕ: 'ر',
  // Persian and Kurdish consonants an Arabic keyboard lacks
  گ: 'ك',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  ڤ: 'ف',
  // Lone hamza (كربلاء / كربلا) and tatweel (kashida), which is purely typographic
  ء: '',
  ـ: '',
};

/** Direction marks, zero-width joiners and non-joiners: invisible, but they break equality. */
const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic (٠..٩) and Persian (۰..۹) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * Folds Arabic-script text for matching (not for display):
 * - compatibility forms unfolded (ﻻ -> لا, presentation forms copied out of PDFs);
 * - invisible formatting (ZWNJ, ZWJ, direction marks) removed;
 * - diacritics (harakat, shadda, sukun, superscript alef) and hamza/madda carriers
 *   removed (أ إ آ -> ا, ؤ -> و, ئ -> ي, via Unicode decomposition), Latin accents too;
 * - tatweel and lone hamza dropped, alef maqsura -> yeh, taa marbuta -> heh;
 * - Persian/Kurdish letter forms to the Arabic-keyboard letters;
 * - Arabic-Indic and Persian digits to ASCII;
 * - spaces trimmed and collapsed.
 *
 * @example normaliseArabicScript('کەرکووک') === normaliseArabicScript('كهركووك') // true
 */
export function normaliseArabicScript(text: string): string {
  const decomposed = toAsciiDigits(text).normalize('NFKD').replace(INVISIBLE_FORMATTING, '').replace(/\p{M}/gu, '');
  let folded = '';
  for (const ch of decomposed) folded += LETTER_FOLDS[ch] ?? ch;
  return folded.replace(/\s+/g, ' ').trim();
}
