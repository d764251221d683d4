import { ADMIN_LEVELS, requireArea, type AdminLevel } from '@crc/domain';
import { NOT_RECORDED } from './dimension';

/**
 * The p-code of the area at `level` that contains `pcode`: a sub-district rolls up to
 * its district and governorate. An area coarser than `level` has no such area
 * ({@link NOT_RECORDED}). Throws `UnknownAreaError` for a p-code not in the reference data.
 */
export function areaAtLevel(pcode: string, level: AdminLevel): string {
  let area = requireArea(pcode);
  const wanted = ADMIN_LEVELS.indexOf(level);
  if (ADMIN_LEVELS.indexOf(area.level) < wanted) return NOT_RECORDED;
  while (area.level !== level && area.parentPcode !== null) area = requireArea(area.parentPcode);
  return area.pcode;
}
