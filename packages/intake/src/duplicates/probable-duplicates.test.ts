import { DUPLICATE_THRESHOLD, duplicateSimilarity } from '@crc/db';
import { nameKey } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { pick, seededRandom } from '../testing/seeded-random';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../testing/synthetic-names';
import type { PersonToMatch } from './person-to-match';
import { blockOf, duplicatesWithinFile, pairScorer } from './probable-duplicates';

const GIVEN = [...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES];
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];
const ARABIC = [...'ابتثجحخدذرزسشصضطعفقكلمنهوية'];

/** One slip of the pen: a letter replaced, dropped or doubled. */
function slip(random: () => number, text: string): string {
  const letters = [...text];
  const at = Math.floor(random() * letters.length);
  if (letters[at] === ' ') return text;
  const how = random();
  if (how < 0.4) letters[at] = pick(random, /[\u0600-\u06FF]/.test(text) ? ARABIC : LATIN);
  else if (how < 0.7) letters.splice(at, 1);
  else letters.splice(at, 0, letters[at]!);
  return letters.join('');
}

/**
 * 1,200 people of 300 households in two areas and four birth years (blocks of ~150), Arabic
 * and English, a fifth of them another household's person again: other script, a slip or
 * two, words run together.
 */
function people(): PersonToMatch[] {
  const random = seededRandom(2026);
  const drawn: { parts: (readonly [string, string])[]; script: number; born: string; area: string }[] = [];
  const result: PersonToMatch[] = [];
  for (let n = 0; n < 1200; n++) {
    const household = Math.floor(n / 4);
    let fullName: string;
    let born: string;
    let area: string;
    if (n > 100 && random() < 0.2) {
      const earlier = pick(random, drawn);
      const script = random() < 0.5 ? 1 - earlier.script : earlier.script;
      fullName = earlier.parts.map((part) => part[script]).join(' ');
      for (let slips = Math.floor(random() * 3); slips > 0; slips--) fullName = slip(random, fullName);
      if (random() < 0.2) fullName = fullName.replace(' ', '');
      born = `${earlier.born.slice(0, 4)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      area = earlier.area;
    } else {
      const parts = [pick(random, GIVEN), pick(random, MALE_GIVEN_NAMES), pick(random, FAMILY_NAMES)];
      const script = random() < 0.5 ? 0 : 1;
      born = `${1980 + Math.floor(random() * 4)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      area = random() < 0.5 ? 'IQG10Q05N01' : 'IQG10Q05N02';
      fullName = parts.map((part) => part[script]).join(' ');
      drawn.push({ parts, script, born, area });
    }
    result.push({
      household,
      member: n % 4,
      ref: { kind: 'rows', rows: [n + 2] },
      position: n + 2,
      fullName,
      nameKey: nameKey(fullName),
      dateOfBirth: born,
      areaOfResidencePcode: area,
    });
  }
  return result;
}

function blocksOf(all: readonly PersonToMatch[]): PersonToMatch[][] {
  const blocks = new Map<string, PersonToMatch[]>();
  for (const person of all) blocks.set(blockOf(person), [...(blocks.get(blockOf(person)) ?? []), person]);
  return [...blocks.values()];
}

/** The rule applied to every pair of a block, as duplicatesWithinFile did before its index: the reference. */
function everyPairOfEveryBlock(all: readonly PersonToMatch[]): string[] {
  const found: string[] = [];
  for (const block of blocksOf(all)) {
    for (let i = 0; i < block.length; i++) {
      for (let j = 0; j < i; j++) {
        if (block[i]!.household === block[j]!.household) continue;
        const value = duplicateSimilarity(block[i]!.fullName, block[j]!.nameKey);
        if (value >= DUPLICATE_THRESHOLD) found.push(`${block[i]!.position}~${block[j]!.position} ${value.toFixed(6)}`);
      }
    }
  }
  return found;
}

describe('duplicatesWithinFile', () => {
  it('finds exactly the pairs that scoring every pair of every block finds, in the same order, scoring far fewer', () => {
    const all = people();
    const scorer = pairScorer();
    const indexed = duplicatesWithinFile(all, scorer).map(
      (found) =>
        `${found.person.position}~${found.other.kind === 'file' ? found.other.person.position : '?'} ${found.score.toFixed(6)}`,
    );
    const reference = everyPairOfEveryBlock(all);
    expect(reference.length).toBeGreaterThan(100);
    expect(indexed).toEqual(reference);
    const blockPairs = blocksOf(all).reduce((sum, block) => sum + (block.length * (block.length - 1)) / 2, 0);
    expect(scorer.stats.computed + scorer.stats.remembered).toBeLessThan(blockPairs / 5);
  });
});
