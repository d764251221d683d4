/*
 * The cheap test that keeps a pair of names for duplicateSimilarity (about 50 µs a pair),
 * in SQL for people already registered and in process for the people of one import. It
 * must never drop a pair the rule (DUPLICATE_THRESHOLD) keeps: it only saves work.
 *
 * Why these keys: duplicateSimilarity reaches 0.85 by the same spelling up to ~15% edits
 * (same script: the name key with its spaces left out, so عبد الله and عبدالله compare alike),
 * or by the same sound (any script: the consonants, which the sound key keeps). pg_trgm
 * similarity (shared trigrams / all trigrams, words padded) of the space-free keys stays at
 * or above 0.2 for every such pair: none of 70,000 generated pairs scoring >= 0.85 (names of
 * the fixtures in both scripts, up to three random edits, words run together, a part
 * replaced) fell below it on either key, while about 4% of unrelated names pass.
 * duplicate-prefilter.test.ts repeats that sampling, so a change of the rule that breaks
 * the filter fails there.
 */

/** Lowest pg_trgm similarity of the space-free name keys or sound keys that keeps a pair. */
export const DUPLICATE_PREFILTER_SIMILARITY = 0.2;

/** A name as the filter compares it: its name key and sound key (Beneficiary.nameKey, nameSoundKey). */
export interface PrefilterKeys {
  readonly nameKey: string;
  /** null when not filled yet: the pair is kept (the filter cannot tell). */
  readonly nameSoundKey: string | null;
}

/** The key with its spaces left out, as both the SQL and the in-process filter compare it. */
export function spaceFree(key: string): string {
  return key.replace(/ /g, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** pg_trgm's trigrams of a text: each alphanumeric word padded by two spaces before and one after. */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const letters = Array.from(`  ${word} `);
    for (let at = 0; at + 3 <= letters.length; at++) trigrams.add(letters.slice(at, at + 3).join(''));
  }
  return trigrams;
}

/** pg_trgm's similarity(a, b) from the two trigram sets: shared / (all of both), 0 when either is empty. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The trigram sets the in-process filter compares, computed once a person. */
export interface PrefilterTrigrams {
  readonly nameKey: string;
  readonly soundKey: string | null;
  readonly name: ReadonlySet<string>;
  readonly sound: ReadonlySet<string> | null;
}

export function prefilterTrigrams(keys: PrefilterKeys): PrefilterTrigrams {
  const sound = keys.nameSoundKey === null ? null : spaceFree(keys.nameSoundKey);
  return {
    nameKey: keys.nameKey,
    soundKey: sound,
    name: trigramsOf(spaceFree(keys.nameKey)),
    sound: sound === null ? null : trigramsOf(sound),
  };
}

/** The filter in process: the same test as DUPLICATE_PREFILTER_SQL. */
export function mayBeDuplicateNames(a: PrefilterTrigrams, b: PrefilterTrigrams): boolean {
  if (a.nameKey === b.nameKey || a.sound === null || b.sound === null) return true;
  // Names without a consonant (sound keys both empty) are alike by their vowels alone.
  if (a.soundKey === '' && b.soundKey === '') return true;
  return (
    trigramSimilarity(a.name, b.name) >= DUPLICATE_PREFILTER_SIMILARITY ||
    trigramSimilarity(a.sound, b.sound) >= DUPLICATE_PREFILTER_SIMILARITY
  );
}

/**
 * The filter in SQL, for `beneficiary b` against a searched person `q` with columns
 * `name_key`, `space_free_name_key` and `space_free_sound_key` (spaceFree of its keys). A
 * filter on the rows of one (area, birth year) block, after the index range scan.
 */
export const DUPLICATE_PREFILTER_SQL = `(
  b.name_key = q.name_key
  OR b.name_sound_key IS NULL
  OR (q.space_free_sound_key = '' AND replace(b.name_sound_key, ' ', '') = '')
  OR similarity(replace(b.name_key, ' ', ''), q.space_free_name_key) >= ${DUPLICATE_PREFILTER_SIMILARITY}
  OR similarity(replace(b.name_sound_key, ' ', ''), q.space_free_sound_key) >= ${DUPLICATE_PREFILTER_SIMILARITY}
)`;
