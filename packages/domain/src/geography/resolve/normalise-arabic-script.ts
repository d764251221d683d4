// Arabic-script folding for name matching (Arabic and Sorani). Kept local on
// purpose: @crc/domain imports no workspace package, so it cannot use @crc/i18n's
// normaliser. Both sides of a comparison go through the same folding, so it only
// has to be consistent, not linguistically exact.

// Letters that spelling, keyboards and fonts use interchangeably in place names.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maqsura (ديالى / ديالي)
  'ی': 'ي', // Persian/Kurdish yeh, what Sorani keyboards type
  'ک': 'ك', // keheh, likewise
  'ە': 'ه', // Sorani ae
  'ھ': 'ه', // heh doachashmee
  'ێ': 'ي', // Sorani letters an Arabic keyboard cannot type
  'ۆ': 'و',
  'ڵ': 'ل',
  'ڕ': 'ر',
  'ة': 'ه', // taa marbuta (حلبجة / حلبجه)
  'ء': '', // lone hamza (كربلاء / كربلا)
  'ـ': '', // tatweel (kashida), purely typographic
};

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic (٠..٩) and Persian (۰..۹) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * Folds Arabic-script text for matching: diacritics (harakat, shadda, sukun,
 * superscript alef) and hamza/madda carriers removed (أ إ آ -> ا, ؤ -> و,
 * ئ -> ي, via Unicode decomposition), tatweel dropped, alef maqsura -> yeh,
 * taa marbuta -> heh, Persian/Kurdish letter forms to Arabic ones, digits to
 * ASCII. Latin text passes through apart from the decomposition.
 */
export function normaliseArabicScript(text: string): string {
  const decomposed = toAsciiDigits(text).normalize('NFKD').replace(/\p{M}/gu, '');
  let folded = '';
  for (const ch of decomposed) folded += LETTER_FOLDS[ch] ?? ch;
  return folded;
}
