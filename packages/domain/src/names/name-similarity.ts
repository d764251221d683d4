import { editSimilarity } from './edit-distance';
import { nameKey } from './name-key';
import { soundSkeleton } from './sound-skeleton';

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_LETTER = /[a-z]/i;

type Script = 'arabic' | 'latin' | 'mixed';

function scriptOf(text: string): Script {
  const arabic = ARABIC_LETTER.test(text);
  const latin = LATIN_LETTER.test(text);
  return arabic && latin ? 'mixed' : arabic ? 'arabic' : 'latin';
}

/**
 * How alike two sounds are: mostly the consonants (which every spelling keeps), partly
 * the long vowels (which tell محمد from محمود).
 */
function soundSimilarity(a: string, b: string): number {
  const left = soundSkeleton(a);
  const right = soundSkeleton(b);
  return (
    0.75 * editSimilarity(left.consonants, right.consonants) +
    0.25 * editSimilarity(left.withLongVowels, right.withLongVowels)
  );
}

/**
 * A sound match is evidence, not proof: it never scores as high as the same spelling.
 * One weight for all scripts, so Mohammed ~ Muhammad and Mohammed ~ محمد score alike.
 */
const SOUND_WEIGHT = 0.92;

/**
 * How likely two names are spellings of the same name, from 0 to 1. Spelling
 * variants (أحمد / احمد, عبد المجيد / عبدالمجيد, کەرکووک / كركوك) and Latin
 * transliterations (Mohammed / Muhammad / محمد) rank above different names
 * (محمد / محمود). Meant to rank candidates for a person to confirm, not to merge
 * records on its own.
 */
export function nameSimilarity(a: string, b: string): number {
  const keyA = nameKey(a);
  const keyB = nameKey(b);
  if (keyA === '' || keyB === '') return keyA === keyB ? 1 : 0;
  if (keyA === keyB) return 1;
  const joinedA = keyA.replace(/ /g, '');
  const joinedB = keyB.replace(/ /g, '');
  if (joinedA === joinedB) return 0.98;

  const scriptA = scriptOf(keyA);
  const scriptB = scriptOf(keyB);
  if (scriptA === scriptB && scriptA !== 'mixed') {
    return Math.max(editSimilarity(joinedA, joinedB), SOUND_WEIGHT * soundSimilarity(a, b));
  }
  return SOUND_WEIGHT * soundSimilarity(a, b);
}
