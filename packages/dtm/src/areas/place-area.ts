import { getArea, type AdminArea, type AdminLevel } from '@crc/domain';
import { describeArea, looksLikePcode, type StrictResolution } from './resolve-area-strictly';

/** How a row's area was found: by its p-code, or by its name when the code was unknown or absent. */
export type PlacedBy = 'code' | 'name';

export type Placement =
  | { readonly ok: true; readonly area: AdminArea; readonly by: PlacedBy }
  | { readonly ok: false; readonly field: string; readonly value: string; readonly reason: string };

export interface AreaCells {
  /** The code cell's text and the column/field it came from; absent when empty. */
  readonly code?: { readonly text: string; readonly field: string } | undefined;
  readonly name?: { readonly text: string; readonly field: string } | undefined;
}

export type StrictResolver = (
  text: string,
  level: AdminLevel | undefined,
  within: string | undefined,
) => StrictResolution;

/**
 * One level of a row's area from its code and name cells, the same rule for files and
 * the DTM API:
 * - a known p-code (OCHA or DTM's IRQ-G form, or ISO 3166-2) places the row; when the
 *   name also resolves, it must name the same area, else the row is refused naming both;
 * - a code that is not a known p-code (DTM's own placeholders, a typo) falls back to
 *   the name, strictly (exact names, aliases, transliterations; never a guess);
 * - an unknown code without a usable name is refused with the code's reason.
 */
export function placeArea(
  cells: AreaCells,
  level: AdminLevel | undefined,
  within: string | undefined,
  resolve: StrictResolver,
): Placement {
  const { code, name } = cells;
  const byCode = code === undefined ? undefined : resolve(code.text, level, within);
  const byName = name === undefined ? undefined : resolve(name.text, level, within);
  if (byCode?.ok) {
    if (byName?.ok && byName.area.pcode !== byCode.area.pcode && code !== undefined && name !== undefined) {
      return {
        ok: false,
        field: `${code.field} / ${name.field}`,
        value: `${code.text} / ${name.text}`,
        reason: `code ${code.text} is ${describeArea(byCode.area)} but name "${name.text}" is ${describeArea(byName.area)}: they disagree`,
      };
    }
    return { ok: true, area: byCode.area, by: 'code' };
  }
  // A known p-code at the wrong level or place is a fault of the row, not an unknown code: no fallback.
  if (code !== undefined && byCode !== undefined && !byCode.ok && getArea(code.text) !== undefined) {
    return { ok: false, field: code.field, value: code.text, reason: byCode.reason };
  }
  if (byName?.ok) return { ok: true, area: byName.area, by: 'name' };
  if (byName !== undefined && name !== undefined) {
    const codeNote =
      code !== undefined && byCode !== undefined && !byCode.ok
        ? ` (and ${code.field} "${code.text}": ${byCode.reason})`
        : '';
    return { ok: false, field: name.field, value: name.text, reason: `${byName.reason}${codeNote}` };
  }
  if (code !== undefined && byCode !== undefined && !byCode.ok) {
    const reason = looksLikePcode(code.text)
      ? byCode.reason
      : `"${code.text}" is not an OCHA p-code (IQG10, IRQ-G10 or IQ-DI) and no name is given`;
    return { ok: false, field: code.field, value: code.text, reason };
  }
  return { ok: false, field: 'area', value: '', reason: 'no code or name given' };
}
