import { canonicalPcode, getArea, isPcode, isWithin, resolveArea, type AdminArea, type AdminLevel } from '@crc/domain';

/** Exact names (1) and transliteration swings such as Basra/Basrah (0.9) count; approximate spellings never do. */
const MIN_SCORE = 0.9;

export type StrictResolution =
  { readonly ok: true; readonly area: AdminArea } | { readonly ok: false; readonly reason: string };

const LEVEL_NAMES: Readonly<Record<AdminLevel, string>> = {
  governorate: 'governorate',
  district: 'district',
  subdistrict: 'sub-district',
};

export function describeArea(area: AdminArea): string {
  return `${area.names.en} (${area.pcode})`;
}

/** Whether the text has the shape of a p-code (OCHA IQG10, DTM IRQ-G10): then only the code decides. */
export function looksLikePcode(text: string): boolean {
  return /^IQG\d/.test(canonicalPcode(text));
}

/**
 * One OCHA area for a p-code (OCHA or DTM form), an ISO 3166-2 code or a name, at
 * `level` and inside `within` when given; anything else is refused with a reason.
 * Never guesses: an unknown code, an unknown or only approximately matching name, and
 * a name shared by two areas at the level are all refusals.
 */
export function resolveAreaStrictly(text: string, level: AdminLevel | undefined, within?: string): StrictResolution {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'is empty' };
  const code = canonicalPcode(value);
  if (/^IQG\d/.test(code)) {
    const area = isPcode(code) ? getArea(code) : undefined;
    if (area === undefined) return { ok: false, reason: `unknown p-code "${value}"` };
    if (level !== undefined && area.level !== level)
      return { ok: false, reason: `p-code ${value} is a ${LEVEL_NAMES[area.level]}, not a ${LEVEL_NAMES[level]}` };
    if (within !== undefined && !isWithin(area.pcode, within))
      return { ok: false, reason: `p-code ${value} is not inside ${describeArea(getArea(within) ?? area)}` };
    return { ok: true, area };
  }
  const candidates = resolveArea(value, {
    ...(level === undefined ? {} : { level }),
    ...(within === undefined ? {} : { within }),
  });
  const sure = candidates.filter((candidate) => candidate.score >= MIN_SCORE);
  const [first, second] = sure;
  if (first !== undefined && second === undefined) return { ok: true, area: first };
  if (first !== undefined && second !== undefined) {
    return { ok: false, reason: `"${value}" is ambiguous: ${sure.slice(0, 4).map(describeArea).join(', ')}` };
  }
  const scope = within === undefined ? '' : ` in ${describeArea(getArea(within) as AdminArea)}`;
  const near = candidates[0];
  const what = level === undefined ? 'area' : LEVEL_NAMES[level];
  return {
    ok: false,
    reason: near
      ? `no ${what} named "${value}"${scope} (did you mean ${describeArea(near)}? approximate names are not accepted)`
      : `no ${what} named "${value}"${scope}`,
  };
}
