// Names for the duplicate search tests: made-up full names in Arabic script and in English
// transliteration (no real person meant), and a seeded way to misspell them as forms do.

/** [Arabic, English] of the same name part. */
export const NAME_PARTS: readonly (readonly [string, string])[] = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['علي', 'Ali'],
  ['حسين', 'Hussein'],
  ['عمر', 'Omar'],
  ['مصطفى', 'Mustafa'],
  ['إبراهيم', 'Ibrahim'],
  ['خالد', 'Khalid'],
  ['عبد الله', 'Abdullah'],
  ['قاسم', 'Qasim'],
  ['فاطمة', 'Fatima'],
  ['زينب', 'Zainab'],
  ['نور', 'Noor'],
  ['شيماء', 'Shaimaa'],
  ['خديجة', 'Khadija'],
  ['حسن', 'Hassan'],
];

export const FAMILY_PARTS: readonly (readonly [string, string])[] = [
  ['الجبوري', 'Al-Jubouri'],
  ['العبيدي', 'Al-Obaidi'],
  ['الشمري', 'Al-Shammari'],
  ['العزاوي', 'Al-Azzawi'],
  ['الساعدي', 'Al-Saadi'],
  ['عبد المجيد', 'Abdulmajeed'],
  ['الكعبي', 'Al-Kaabi'],
];

/** mulberry32: the same names on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pickOne<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A full name: parts of the lists, all in one script (0 Arabic, 1 English). */
export interface NameDraft {
  readonly parts: readonly (readonly [string, string])[];
  readonly script: 0 | 1;
}

export function randomName(random: () => number): NameDraft {
  const parts = [pickOne(random, NAME_PARTS), pickOne(random, NAME_PARTS), pickOne(random, FAMILY_PARTS)];
  return { parts: random() < 0.3 ? [pickOne(random, NAME_PARTS), ...parts] : parts, script: random() < 0.5 ? 0 : 1 };
}

export function written(name: NameDraft): string {
  return name.parts.map((part) => part[name.script]).join(' ');
}

const ARABIC_LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآ'];
const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** One random slip of the pen: a letter replaced, dropped, added or swapped with the next. */
export function misspelt(random: () => number, text: string): string {
  const letters = [...text];
  const alphabet = /[\u0600-\u06FF]/.test(text) ? ARABIC_LETTERS : LATIN_LETTERS;
  const at = Math.floor(random() * letters.length);
  if (letters[at] === ' ') return text;
  const how = random();
  if (how < 0.4) letters[at] = pickOne(random, alphabet);
  else if (how < 0.7) letters.splice(at, 1);
  else if (how < 0.85) letters.splice(at, 0, pickOne(random, alphabet));
  else if (at + 1 < letters.length && letters[at + 1] !== ' ')
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  return letters.join('');
}

/**
 * A name as another form may have it: the other script sometimes, a part replaced
 * sometimes, up to three slips, words run together sometimes.
 */
export function variantOf(random: () => number, name: NameDraft): string {
  const parts = [...name.parts];
  if (random() < 0.25) parts[Math.floor(random() * parts.length)] = pickOne(random, NAME_PARTS);
  const script = random() < 0.4 ? 1 - name.script : name.script;
  let text = parts.map((part) => part[script as 0 | 1]).join(' ');
  for (let slips = Math.floor(random() * 4); slips > 0; slips--) text = misspelt(random, text);
  if (random() < 0.2) text = text.replace(' ', '');
  return text;
}
