import { nameKey } from './name-key';
import { soundSkeleton } from './sound-skeleton';

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Articles written as a word of their own (حسن ال علي, Hassan al Ali): they carry no name. */
const ARTICLES = new Set(['ال', 'al', 'el']);

/**
 * A word-final heh of an Arabic-script word: the taa marbuta nameKey folds to heh (فاطمة →
 * فاطمه), which Latin writes as -a or -ah and the skeleton drops there too (Fatima, Fatimah).
 */
const FINAL_HEH = /(?<=\S\S)ه$/u;

/**
 * The key a name is searched under across scripts and spellings (Beneficiary.nameSoundKey,
 * indexed with pg_trgm): each word of its nameKey as the consonant classes of its sound
 * skeleton, in order, in lower-case ASCII. Spellings of a name that sound alike share it:
 * محمد حسن, Mohammed Hassan and Muhammad Hasan all give `mhmd hsn`, فاطمة and Fatima `ftm`.
 * Long vowels are left out on purpose (Latin marks them inconsistently), so محمد and محمود
 * share a key too: the key finds candidates, people confirm them.
 */
export function nameSoundKey(name: string): string {
  return (
    nameKey(name)
      .split(' ')
      .filter((word) => word !== '' && !ARTICLES.has(word))
      .map((word) => soundSkeleton(ARABIC_LETTER.test(word) ? word.replace(FINAL_HEH, '') : word).consonants)
      // pg_trgm folds case: the skeleton's `S` (sh, ش) becomes `q`, a letter the skeleton never writes (q is k).
      .map((consonants) => consonants.replace(/S/g, 'q'))
      .filter((consonants) => consonants !== '')
      .join(' ')
  );
}
