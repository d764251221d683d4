import type { AdminArea } from './admin-area';
import { areaIndex } from './area-index';
import { UnknownAreaError } from './unknown-area-error';

/** The area with this p-code (case and surrounding spaces ignored), or `undefined` when unknown. */
export function getArea(pcode: string): AdminArea | undefined {
  return areaIndex().byPcode.get(pcode.trim().toUpperCase());
}

/** Like `getArea`, but throws `UnknownAreaError` when the p-code is unknown. */
export function requireArea(pcode: string): AdminArea {
  const area = getArea(pcode);
  if (area === undefined) throw new UnknownAreaError(pcode);
  return area;
}
