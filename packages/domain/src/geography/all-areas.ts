import type { AdminArea } from './admin-area';
import type { AdminLevel } from './admin-level';
import { AREA_RECORDS, GOVERNORATE_EXTRAS } from './data/areas';

// The p-code's shape encodes level and parent: IQG10 / IQG10Q05 / IQG10Q05N04.
function levelOf(pcode: string): AdminLevel {
  if (pcode.length === 5) return 'governorate';
  if (pcode.length === 8) return 'district';
  return 'subdistrict';
}

function parentOf(pcode: string): string | null {
  if (pcode.length === 5) return null;
  return pcode.slice(0, pcode.length === 8 ? 5 : 8);
}

function toArea([pcode, en, ar, lat, lon]: (typeof AREA_RECORDS)[number]): AdminArea {
  const extra = GOVERNORATE_EXTRAS[pcode];
  return Object.freeze({
    pcode,
    level: levelOf(pcode),
    parentPcode: parentOf(pcode),
    isoCode: extra?.iso ?? null,
    names: Object.freeze({ en, ar, ckb: extra?.ckb ?? null }),
    ckbUnreviewed: extra?.ckbUnreviewed ?? false,
    centroid: Object.freeze({ lat, lon }),
  });
}

let areas: readonly AdminArea[] | undefined;

/**
 * Every governorate, district and sub-district of Iraq (413 areas), sorted by
 * p-code, so each parent comes before its children. Decoded on first use; the
 * objects are frozen and shared, so callers must not (and cannot) mutate them.
 */
export function allAreas(): readonly AdminArea[] {
  areas ??= Object.freeze(AREA_RECORDS.map(toArea));
  return areas;
}
