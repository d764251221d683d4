import { DUPLICATE_PREFILTER_SIMILARITY, type PrefilterTrigrams } from '@crc/db';

/**
 * The people of one block seen so far, indexed by the trigrams of their space-free name and
 * sound keys, so a new person is scored only against those @crc/db's mayBeDuplicateNames
 * keeps: the same test, answered from shared-trigram counts instead of pair by pair.
 */
export class TrigramIndex {
  private readonly entries: PrefilterTrigrams[] = [];
  private readonly byNameTrigram = new Map<string, number[]>();
  private readonly bySoundTrigram = new Map<string, number[]>();
  private readonly byNameKey = new Map<string, number[]>();
  /** Entries the filter always keeps against anyone (no sound key), or against an empty sound key. */
  private readonly withoutSoundKey: number[] = [];
  private readonly withEmptySoundKey: number[] = [];

  add(trigrams: PrefilterTrigrams): number {
    const at = this.entries.length;
    this.entries.push(trigrams);
    const push = (map: Map<string, number[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    };
    for (const trigram of trigrams.name) push(this.byNameTrigram, trigram);
    push(this.byNameKey, trigrams.nameKey);
    if (trigrams.sound === null) this.withoutSoundKey.push(at);
    else {
      for (const trigram of trigrams.sound) push(this.bySoundTrigram, trigram);
      if (trigrams.soundKey === '') this.withEmptySoundKey.push(at);
    }
    return at;
  }

  /** Positions (in the order added) of the entries mayBeDuplicateNames keeps for these trigrams. */
  candidates(trigrams: PrefilterTrigrams): number[] {
    if (trigrams.sound === null) return this.entries.map((_, at) => at);
    const kept = new Set<number>([...(this.byNameKey.get(trigrams.nameKey) ?? []), ...this.withoutSoundKey]);
    if (trigrams.soundKey === '') for (const at of this.withEmptySoundKey) kept.add(at);
    this.keepAlike(trigrams.name, this.byNameTrigram, (entry) => entry.name, kept);
    this.keepAlike(trigrams.sound, this.bySoundTrigram, (entry) => entry.sound, kept);
    return [...kept].sort((a, b) => a - b);
  }

  /** Adds the entries whose trigram similarity (pg_trgm's: shared / all) reaches the filter's threshold. */
  private keepAlike(
    trigrams: ReadonlySet<string>,
    postings: ReadonlyMap<string, readonly number[]>,
    setOf: (entry: PrefilterTrigrams) => ReadonlySet<string> | null,
    kept: Set<number>,
  ): void {
    if (trigrams.size === 0) return;
    const shared = new Map<number, number>();
    for (const trigram of trigrams)
      for (const at of postings.get(trigram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    for (const [at, count] of shared) {
      const other = setOf(this.entries[at]!);
      if (other === null || other.size === 0) continue;
      if (count / (trigrams.size + other.size - count) >= DUPLICATE_PREFILTER_SIMILARITY) kept.add(at);
    }
  }
}
