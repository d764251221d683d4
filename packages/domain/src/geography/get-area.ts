import type { AdminArea } from './admin-area';
import { areaIndex } from './area-index';
import { canonicalPcode } from './dtm-pcode';
import { UnknownAreaError } from './unknown-area-error';

/** The area with this p-code, OCHA (`IQG10Q05`) or DTM form (`IRQ-G10Q05`), case and surrounding spaces ignored; `undefined` when unknown. */
export function getArea(pcode: string): AdminArea | undefined {
  return areaIndex().byPcode.get(canonicalPcode(pcode));
}

/** Like `getArea`, but throws `UnknownAreaError` when the p-code is unknown. */
export function requireArea(pcode: string): AdminArea {
  const area = getArea(pcode);
  if (area === undefined) throw new UnknownAreaError(pcode);
  return area;
}
