import type { AdminArea } from '../admin-area';
import type { AdminLevel } from '../admin-level';

/** What the text matched: a p-code, an ISO 3166-2 code, a name in the dataset, or a curated alias. */
export type AreaMatchKind = 'pcode' | 'iso' | 'name' | 'alias';

/** An area found by `resolveArea`, with how sure the match is. */
export type ResolvedArea = AdminArea & {
  /**
   * 0..1. 1: exact code, name or alias (after normalisation); 0.9: same name up
   * to transliteration swings (Basra/Basrah); below 0.7: approximate spelling.
   */
  readonly score: number;
  readonly matchedBy: AreaMatchKind;
};

export interface ResolveAreaOptions {
  /** Only areas at this level. */
  readonly level?: AdminLevel;
  /** Only areas strictly inside this area (p-code); throws `UnknownAreaError` if unknown. */
  readonly within?: string;
  /** At most this many results (best first). */
  readonly limit?: number;
}
