import { DUPLICATE_THRESHOLD, duplicateSimilarity, prefilterTrigrams } from '@crc/db';
import { nameSoundKey } from '@crc/domain';
import { TrigramIndex } from './trigram-index';
import type { PersonToMatch } from './person-to-match';

/**
 * Whole-name similarity at or above which two people of the same area and birth year are
 * probable duplicates: the registration command's (@crc/db DUPLICATE_THRESHOLD), so an
 * import flags exactly what registering the rows one by one would.
 */
export const IMPORT_DUPLICATE_THRESHOLD = DUPLICATE_THRESHOLD;

/** Why two records look like one person (codes of @crc/domain's duplicateMatchReasons). */
export type MatchReason =
  'same_name' | 'similar_name' | 'same_birth_date' | 'same_birth_year' | 'same_phone' | 'same_area' | 'same_household';

/** A person already in the database, as the duplicate search reads them (never shown: only ids leave the search). */
export interface ExistingPerson {
  readonly id: string;
  readonly registrationCentreId: string;
  readonly nameKey: string;
  readonly dateOfBirth: string;
  readonly areaOfResidencePcode: string;
  readonly phone: string | null;
}

export type DuplicateOther =
  | { readonly kind: 'file'; readonly person: PersonToMatch }
  | { readonly kind: 'existing'; readonly person: ExistingPerson };

/** A person of the file who is probably someone else of the file or of the database. */
export interface ProbableDuplicate {
  readonly person: PersonToMatch;
  readonly other: DuplicateOther;
  /** 0..1: the name similarity (1 for the same name key). */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** 1 for the same name key, else nameSimilarity (cross-script: محمد ~ Mohammed): the registration command's duplicateSimilarity. */
export function similarity(fullName: string, otherNameKey: string): number {
  return duplicateSimilarity(fullName, otherNameKey);
}

/** A similarity function with its own memory of the pairs it scored, and how often it remembered. */
export interface PairScorer {
  (fullName: string, otherNameKey: string): number;
  readonly stats: { computed: number; remembered: number };
}

/** Pairs kept before the memory starts over (about 100 MB at most). */
const REMEMBERED_PAIRS = 1_000_000;

/**
 * `similarity` remembering each (name, name key) pair it scored: registrations repeat full
 * names a lot (Mohammed Ali Hussein), and nameSimilarity costs about 50 µs a pair.
 */
export function pairScorer(): PairScorer {
  const memory = new Map<string, number>();
  const stats = { computed: 0, remembered: 0 };
  const score = (fullName: string, otherNameKey: string) => {
    const key = `${fullName}\u0000${otherNameKey}`;
    const known = memory.get(key);
    if (known !== undefined) {
      stats.remembered += 1;
      return known;
    }
    if (memory.size >= REMEMBERED_PAIRS) memory.clear();
    const value = similarity(fullName, otherNameKey);
    memory.set(key, value);
    stats.computed += 1;
    return value;
  };
  return Object.assign(score, { stats });
}

/** The block two people must share to be compared at all: area of residence and birth year. */
export function blockOf(person: { readonly areaOfResidencePcode: string; readonly dateOfBirth: string }): string {
  return `${person.areaOfResidencePcode}|${person.dateOfBirth.slice(0, 4)}`;
}

export function matchReasons(
  a: { readonly nameKey: string; readonly dateOfBirth: string; readonly phone?: string | null | undefined },
  b: { readonly nameKey: string; readonly dateOfBirth: string; readonly phone?: string | null | undefined },
): MatchReason[] {
  return [
    a.nameKey === b.nameKey ? 'same_name' : 'similar_name',
    a.dateOfBirth === b.dateOfBirth ? 'same_birth_date' : 'same_birth_year',
    'same_area',
    ...(a.phone && b.phone && a.phone === b.phone ? (['same_phone'] as const) : []),
  ];
}

/**
 * Probable duplicates among the people of one import: same area of residence, same
 * birth year, names at least IMPORT_DUPLICATE_THRESHOLD alike in any script. Members of
 * the same household are not compared (twins, namesakes in one family). Blocked by area
 * and year, and within a block indexed by the trigrams of the name and sound keys
 * (@crc/db's duplicate pre-filter, the one the database applies to registered people):
 * only pairs that share enough trigrams are scored, never every pair of a block. The
 * same pairs, in the same order, as scoring every pair of the block would give.
 */
export function duplicatesWithinFile(
  people: readonly PersonToMatch[],
  score: (fullName: string, otherNameKey: string) => number = similarity,
): ProbableDuplicate[] {
  const blocks = new Map<string, PersonToMatch[]>();
  for (const person of people) {
    const block = blocks.get(blockOf(person)) ?? [];
    block.push(person);
    blocks.set(blockOf(person), block);
  }
  const found: ProbableDuplicate[] = [];
  for (const block of blocks.values()) {
    const index = new TrigramIndex();
    for (const later of block) {
      const trigrams = prefilterTrigrams({ nameKey: later.nameKey, nameSoundKey: nameSoundKey(later.nameKey) });
      for (const j of index.candidates(trigrams)) {
        const earlier = block[j]!;
        if (earlier.household === later.household) continue;
        const value = score(later.fullName, earlier.nameKey);
        if (value >= IMPORT_DUPLICATE_THRESHOLD)
          found.push({
            person: later,
            other: { kind: 'file', person: earlier },
            score: value,
            reasons: matchReasons(later, earlier),
          });
      }
      index.add(trigrams);
    }
  }
  return found;
}

/** Probable duplicates of the file's people among people already registered (read by searchExistingPeople). */
export function duplicatesAgainst(
  people: readonly PersonToMatch[],
  existing: readonly ExistingPerson[],
  score: (fullName: string, otherNameKey: string) => number = similarity,
): ProbableDuplicate[] {
  const blocks = new Map<string, ExistingPerson[]>();
  for (const person of existing) {
    const block = blocks.get(blockOf(person)) ?? [];
    block.push(person);
    blocks.set(blockOf(person), block);
  }
  const found: ProbableDuplicate[] = [];
  for (const person of people) {
    for (const other of blocks.get(blockOf(person)) ?? []) {
      const value = score(person.fullName, other.nameKey);
      if (value >= IMPORT_DUPLICATE_THRESHOLD)
        found.push({
          person,
          other: { kind: 'existing', person: other },
          score: value,
          reasons: matchReasons(person, other),
        });
    }
  }
  return found;
}
