import type { AdminArea } from './admin-area';
import type { AdminLevel } from './admin-level';
import { allAreas } from './all-areas';

/** Lookup maps over the reference areas; internal to the geography module. */
export interface AreaIndex {
  readonly byPcode: ReadonlyMap<string, AdminArea>;
  readonly childrenByPcode: ReadonlyMap<string, readonly AdminArea[]>;
  readonly byLevel: ReadonlyMap<AdminLevel, readonly AdminArea[]>;
}

let index: AreaIndex | undefined;

function buildIndex(): AreaIndex {
  const byPcode = new Map<string, AdminArea>();
  const childrenByPcode = new Map<string, AdminArea[]>();
  const byLevel = new Map<AdminLevel, AdminArea[]>();
  for (const area of allAreas()) {
    byPcode.set(area.pcode, area);
    if (area.parentPcode !== null) {
      const siblings = childrenByPcode.get(area.parentPcode) ?? [];
      siblings.push(area);
      childrenByPcode.set(area.parentPcode, siblings);
    }
    const peers = byLevel.get(area.level) ?? [];
    peers.push(area);
    byLevel.set(area.level, peers);
  }
  return { byPcode, childrenByPcode, byLevel };
}

/** Built once, on first use, so importing the package costs nothing. */
export function areaIndex(): AreaIndex {
  index ??= buildIndex();
  return index;
}
