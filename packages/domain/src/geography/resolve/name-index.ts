import type { AdminArea } from '../admin-area';
import { allAreas } from '../all-areas';
import { requireArea } from '../get-area';
import { AREA_ALIASES } from './area-aliases';
import { nameKeys } from './name-keys';

/** One way of naming one area. */
export interface NameEntry {
  readonly area: AdminArea;
  readonly matchedBy: 'name' | 'alias';
}

/** Every known name and alias, keyed by its normalised forms. */
export interface NameIndex {
  readonly exact: ReadonlyMap<string, readonly NameEntry[]>;
  readonly loose: ReadonlyMap<string, readonly NameEntry[]>;
  readonly byIso: ReadonlyMap<string, AdminArea>;
}

let index: NameIndex | undefined;

function add(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  if (key === '') return;
  const entries = map.get(key) ?? [];
  if (!entries.some((e) => e.area === entry.area && e.matchedBy === entry.matchedBy)) entries.push(entry);
  map.set(key, entries);
}

function buildIndex(): NameIndex {
  const exact = new Map<string, NameEntry[]>();
  const loose = new Map<string, NameEntry[]>();
  const byIso = new Map<string, AdminArea>();
  const addName = (name: string, entry: NameEntry): void => {
    const keys = nameKeys(name);
    add(exact, keys.exact, entry);
    add(loose, keys.loose, entry);
  };
  for (const area of allAreas()) {
    const entry: NameEntry = { area, matchedBy: 'name' };
    for (const name of [area.names.en, area.names.ar, area.names.ckb]) if (name !== null) addName(name, entry);
    if (area.isoCode !== null) byIso.set(area.isoCode.replace('-', ''), area);
  }
  for (const alias of AREA_ALIASES) {
    // requireArea: a typo in the alias table fails on first use, not silently.
    for (const pcode of alias.pcodes) {
      const entry: NameEntry = { area: requireArea(pcode), matchedBy: 'alias' };
      for (const name of alias.names) addName(name, entry);
    }
  }
  return { exact, loose, byIso };
}

/** Built once, on first use. */
export function nameIndex(): NameIndex {
  index ??= buildIndex();
  return index;
}
