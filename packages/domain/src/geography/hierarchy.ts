import type { AdminArea } from './admin-area';
import { areaIndex } from './area-index';
import { getArea, requireArea } from './get-area';

/**
 * Direct children (districts of a governorate, sub-districts of a district),
 * sorted by p-code; empty for sub-districts. Throws `UnknownAreaError` for an
 * unknown p-code, since "no children" would hide a typo.
 */
export function childrenOf(pcode: string): readonly AdminArea[] {
  const area = requireArea(pcode);
  return areaIndex().childrenByPcode.get(area.pcode) ?? [];
}

/**
 * The enclosing areas, top-down: `[governorate, district]` for a sub-district,
 * `[governorate]` for a district, `[]` for a governorate. The area itself is not
 * included. Throws `UnknownAreaError` for an unknown p-code.
 */
export function ancestorsOf(pcode: string): readonly AdminArea[] {
  const ancestors: AdminArea[] = [];
  let parent = requireArea(pcode).parentPcode;
  while (parent !== null) {
    const area = requireArea(parent);
    ancestors.unshift(area);
    parent = area.parentPcode;
  }
  return ancestors;
}

/** The governorate an area lies in (a governorate is its own). Throws `UnknownAreaError` for an unknown p-code. */
export function governorateOf(pcode: string): AdminArea {
  const area = requireArea(pcode);
  return ancestorsOf(area.pcode)[0] ?? area;
}

/**
 * True when `pcode` lies strictly inside `ancestorPcode` (an area is not within
 * itself). False when either p-code is unknown: a containment test answers
 * questions, it does not validate input.
 */
export function isWithin(pcode: string, ancestorPcode: string): boolean {
  const area = getArea(pcode);
  const ancestor = getArea(ancestorPcode);
  if (area === undefined || ancestor === undefined || area.pcode === ancestor.pcode) return false;
  // Descendants' p-codes extend their ancestors' (IQG10 > IQG10Q05 > IQG10Q05N04).
  return area.pcode.startsWith(ancestor.pcode);
}
