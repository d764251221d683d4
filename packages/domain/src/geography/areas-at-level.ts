import type { AdminArea } from './admin-area';
import type { AdminLevel } from './admin-level';
import { areaIndex } from './area-index';

/** All areas at one level, sorted by p-code. */
export function areasAtLevel(level: AdminLevel): readonly AdminArea[] {
  return areaIndex().byLevel.get(level) ?? [];
}

/** The 18 governorates, sorted by p-code (IQG01 Anbar .. IQG18 Wassit). */
export function governorates(): readonly AdminArea[] {
  return areasAtLevel('governorate');
}
