/**
 * A script-neutral sketch of how a name sounds, so محمد, Mohammed and Muhammad can be
 * compared. Arabic script writes consonants and long vowels and omits short vowels;
 * Latin transliterations write every vowel, inconsistently (Mohammed / Muhammad). So:
 * - `consonants`: consonant classes only (m h m d). Letters that transliterations
 *   render differently share a class (ص/س → s, ط/ت/ث → t, ق/ك → k, ...).
 * - `withLongVowels`: consonants plus the long vowels Arabic script writes (ا و ي as
 *   A U I) and that Latin marks by doubling (ee, oo, ou), which tells محمود from محمد.
 */
export interface SoundSkeleton {
  readonly consonants: string;
  readonly withLongVowels: string;
}

const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ط: 't',
  ث: 't',
  ج: 'j',
  چ: 'c',
  ح: 'h',
  ه: 'h',
  ھ: 'h',
  ہ: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'd',
  ض: 'd',
  ظ: 'd',
  ر: 'r',
  ڕ: 'r',
  ز: 'z',
  ژ: 'z',
  س: 's',
  ص: 's',
  ش: 'S',
  غ: 'g',
  گ: 'g',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  ڵ: 'l',
  م: 'm',
  ن: 'n',
};

const ARABIC_LONG_VOWELS: Readonly<Record<string, string>> = {
  ا: 'A',
  آ: 'A',
  أ: 'A',
  إ: 'A',
  ٱ: 'A',
  ى: 'A',
  و: 'U',
  ۆ: 'U',
  ي: 'I',
  ی: 'I',
  ێ: 'I',
  ې: 'I',
};

/** Letters that carry no consonant a transliteration would write: ayn, hamza, taa marbuta, Sorani short e. */
const ARABIC_SILENT = new Set(['ع', 'ء', 'ؤ', 'ئ', 'ة', 'ە', 'ۀ']);

/** Latin digraphs first, then single letters. Vowels: doubled or diphthong ones are long. */
const LATIN_UNITS: readonly (readonly [string, string])[] = [
  ['sh', 'S'],
  ['kh', 'x'],
  ['gh', 'g'],
  ['th', 't'],
  ['dh', 'd'],
  ['ch', 'c'],
  ['zh', 'z'],
  ['ph', 'f'],
  ['ee', 'I'],
  ['ii', 'I'],
  ['ie', 'I'],
  ['ei', 'I'],
  ['oo', 'U'],
  ['ou', 'U'],
  ['uu', 'U'],
  ['aa', 'A'],
  ['b', 'b'],
  ['p', 'b'],
  ['t', 't'],
  ['j', 'j'],
  ['h', 'h'],
  ['x', 'x'],
  ['d', 'd'],
  ['r', 'r'],
  ['z', 'z'],
  ['s', 's'],
  ['g', 'g'],
  ['f', 'f'],
  ['v', 'f'],
  ['q', 'k'],
  ['k', 'k'],
  ['c', 'k'],
  ['l', 'l'],
  ['m', 'm'],
  ['n', 'n'],
];

function collapseRuns(text: string): string {
  return text.replace(/(.)\1+/g, '$1');
}

function isVowelClass(unit: string): boolean {
  return unit === 'A' || unit === 'U' || unit === 'I';
}

/** The Arabic article ال at the start of a name is dropped (الموصل ~ Mosul ~ موسڵ). */
function arabicWordUnits(word: string, isFirstWord: boolean): string[] {
  let letters = [...word];
  if (isFirstWord && letters.length > 3 && letters[0] === 'ا' && letters[1] === 'ل') letters = letters.slice(2);
  // A word-initial alef, or Sorani ئ + vowel letter, only carries the first vowel (ابراهيم, ئیبراهیم).
  if (letters[0] === 'ئ' && letters[1] !== undefined && letters[1] in ARABIC_LONG_VOWELS) letters = letters.slice(2);
  else if (letters[0] !== undefined && ['ا', 'أ', 'إ', 'آ'].includes(letters[0])) letters = letters.slice(1);
  const units: string[] = [];
  for (const letter of letters) {
    if (ARABIC_SILENT.has(letter)) continue;
    const unit = ARABIC_CONSONANTS[letter] ?? ARABIC_LONG_VOWELS[letter];
    if (unit !== undefined) units.push(unit);
  }
  // A final alef maqsura or alef is the ending -a that Latin writes as -a/-ah: keep it out.
  if (units.length > 1 && units[units.length - 1] === 'A') units.pop();
  return units;
}

function latinWordUnits(word: string, isFirstWord: boolean): string[] {
  let rest = word.toLowerCase();
  if (isFirstWord) rest = rest.replace(/^(al|el)-?(?=\w{3,})/, '');
  // A final -ah / -eh is the taa marbuta ending, which the skeleton leaves out.
  rest = rest.replace(/([aeiou])h$/, '$1');
  const units: string[] = [];
  while (rest.length > 0) {
    const match = LATIN_UNITS.find(([spelling]) => rest.startsWith(spelling));
    if (match) {
      units.push(match[1]);
      rest = rest.slice(match[0].length);
    } else rest = rest.slice(1); // single vowels (short in Arabic script), w, y, apostrophes
  }
  return units;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * Latin accents, Arabic diacritics, tatweel and invisible marks. NFKD first turns PDF
 * presentation forms into letters and splits hamza-on-carrier letters (أ = ا + ٔ); the
 * hamza mark goes too, which the skeleton would drop anyway, and NFC puts back the
 * letters Sorani writes with a mark (ێ ۆ ڵ ڕ).
 */
const MARKS_AND_TATWEEL = /[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C]/g;

/** The sound skeleton of a name, from Arabic script (Arabic or Sorani) or a Latin transliteration. */
export function soundSkeleton(name: string): SoundSkeleton {
  const cleaned = name.normalize('NFKD').replace(MARKS_AND_TATWEEL, '').normalize('NFC');
  const words = cleaned.split(/[\s\-.]+/).filter((word) => word !== '');
  const units = words.flatMap((word, index) =>
    ARABIC_LETTER.test(word) ? arabicWordUnits(word, index === 0) : latinWordUnits(word, index === 0),
  );
  return {
    consonants: collapseRuns(units.filter((unit) => !isVowelClass(unit)).join('')),
    withLongVowels: collapseRuns(units.join('')),
  };
}
