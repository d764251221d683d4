import type { AdminArea } from '@crc/domain';
import type { DtmDisplacementRow } from '../api/dtm-schemas';
import { resolveAreaStrictly, type StrictResolution } from './resolve-area-strictly';

export type DtmAreaResult = { readonly ok: true; readonly area: AdminArea } | { readonly ok: false; readonly field: string; readonly value: string; readonly reason: string };

/** Codes that name an OCHA area directly: a p-code (IQG10) or an ISO 3166-2 code (IQ-DI). */
const OCHA_OR_ISO = /^(?:IQG\d{2}(?:Q\d{2}(?:N\d{2})?)?|IQ-[A-Z]{2})$/i;

function resolveLevel(
  code: string | null | undefined,
  name: string | null | undefined,
  fields: { code: string; name: string },
  level: 'governorate' | 'district',
  within?: string,
): DtmAreaResult {
  // DTM's own admin p-codes are not OCHA p-codes and no mapping is published: they are
  // used only when they are OCHA/ISO codes; otherwise the name decides, strictly.
  if (code && OCHA_OR_ISO.test(code.trim())) {
    const found: StrictResolution = resolveAreaStrictly(code, level, within);
    return found.ok ? found : { ok: false, field: fields.code, value: code, reason: found.reason };
  }
  if (!name) return { ok: false, field: fields.name, value: '', reason: `no ${level} name (and ${fields.code} "${code ?? ''}" is not an OCHA p-code)` };
  const found = resolveAreaStrictly(name, level, within);
  return found.ok ? found : { ok: false, field: fields.name, value: name, reason: found.reason };
}

/**
 * The OCHA area of a DTM admin1 (governorate) or admin2 (district) row. The district is
 * looked up inside its governorate, so a name shared across governorates cannot
 * land in the wrong one. Rows that cannot be mapped unambiguously are refused.
 */
export function dtmRowArea(row: DtmDisplacementRow, level: 'admin1' | 'admin2'): DtmAreaResult {
  const governorate = resolveLevel(row.admin1Pcode, row.admin1Name, { code: 'admin1Pcode', name: 'admin1Name' }, 'governorate');
  if (level === 'admin1' || !governorate.ok) return governorate;
  return resolveLevel(row.admin2Pcode, row.admin2Name, { code: 'admin2Pcode', name: 'admin2Name' }, 'district', governorate.area.pcode);
}
