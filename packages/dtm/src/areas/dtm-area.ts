import { COUNTRY_PCODE, type AdminArea } from '@crc/domain';
import type { DtmDisplacementRow } from '../api/dtm-schemas';
import { placeArea, type PlacedBy, type StrictResolver } from './place-area';
import { resolveAreaStrictly } from './resolve-area-strictly';

export type DtmAreaResult =
  | { readonly ok: true; readonly area: AdminArea | typeof COUNTRY_PCODE; readonly by: PlacedBy }
  | { readonly ok: false; readonly field: string; readonly value: string; readonly reason: string };

function cell(text: string | null | undefined, field: string) {
  return text === null || text === undefined || text.trim() === '' ? undefined : { text, field };
}

/**
 * The area of a DTM row: Iraq itself for admin0 (national) rows, the governorate for
 * admin1, the district inside its governorate for admin2 (so a name shared across
 * governorates cannot land in the wrong one). Codes in DTM's IRQ-G form are OCHA
 * p-codes; unknown codes fall back to the name strictly (see placeArea).
 */
export function dtmRowArea(
  row: DtmDisplacementRow,
  level: 'admin0' | 'admin1' | 'admin2',
  resolve: StrictResolver = resolveAreaStrictly,
): DtmAreaResult {
  if (level === 'admin0') {
    return /^(?:IRQ|IQ)$/i.test(row.admin0Pcode.trim()) || /^iraq$/i.test(row.admin0Name.trim())
      ? { ok: true, area: COUNTRY_PCODE, by: 'code' }
      : {
          ok: false,
          field: 'admin0Pcode',
          value: row.admin0Pcode,
          reason: 'is not Iraq (IRQ): only Iraq’s figures are kept',
        };
  }
  const governorate = placeArea(
    { code: cell(row.admin1Pcode, 'admin1Pcode'), name: cell(row.admin1Name, 'admin1Name') },
    'governorate',
    undefined,
    resolve,
  );
  if (level === 'admin1' || !governorate.ok) return governorate;
  return placeArea(
    { code: cell(row.admin2Pcode, 'admin2Pcode'), name: cell(row.admin2Name, 'admin2Name') },
    'district',
    governorate.area.pcode,
    resolve,
  );
}
