import { z } from 'zod';
import { getArea } from '../geography/get-area';
import { PcodeSchema } from '../geography/pcode';
import { ruleParams } from './schema-rule';

/**
 * The value a figure's dimension takes when the source says it does not know: DTM
 * writes "Not available" for an unknown origin (and sometimes reason). Kept apart from
 * "not split" (the dimension absent), so a total and its unknown part never mix.
 */
export const UNKNOWN_DIMENSION = 'unknown';

/** How sources write "unknown": DTM's "Not available", and the usual spreadsheet variants. */
const UNKNOWN_SPELLINGS = new Set([
  'not available',
  'notavailable',
  'n/a',
  'na',
  'unknown',
  'not known',
  'غير متوفر',
  'غير معروف',
]);

/** A source's cell for a dimension: undefined when empty, UNKNOWN_DIMENSION for "Not available", else the text (trimmed, spaces collapsed). */
export function dimensionValue(text: string | null | undefined): string | undefined {
  const value = (text ?? '').trim().replace(/\s+/g, ' ');
  if (value === '') return undefined;
  return UNKNOWN_SPELLINGS.has(value.toLowerCase()) ? UNKNOWN_DIMENSION : value;
}

/**
 * Where the people of a figure come from: for IDPs the governorate of origin, for
 * returnees the governorate of last displacement (DTM's two master-list columns), as a
 * governorate p-code (DTM's IRQ-G form accepted), or UNKNOWN_DIMENSION.
 */
export const DisplacementOriginSchema = /* @__PURE__ */ z.union([
  z.literal(UNKNOWN_DIMENSION),
  PcodeSchema.refine((pcode) => pcode.length === 5, {
    error: 'must be a governorate p-code (origin and last displacement are governorates)',
  }),
]);
export type DisplacementOrigin = z.output<typeof DisplacementOriginSchema>;

/**
 * An origin to filter figures by, as a person types it: `unknown` (any letter case) or a
 * governorate of the reference geography (DTM's IRQ-G form accepted), read as its p-code.
 * Anything else is refused (`params.rule` `unknown_origin`): no figure could match it.
 */
export const KnownDisplacementOriginSchema = /* @__PURE__ */ z.string().transform((text, context) => {
  if (text.trim().toLowerCase() === UNKNOWN_DIMENSION) return UNKNOWN_DIMENSION;
  const area = getArea(text);
  if (area?.level === 'governorate') return area.pcode;
  context.addIssue({
    code: 'custom',
    message: `${text} is neither a governorate p-code nor ${UNKNOWN_DIMENSION} (origins are governorates)`,
    params: ruleParams('unknown_origin', { pcode: text }),
  });
  return z.NEVER;
});

/** DTM's displacement reason as it writes it ("Conflict", "Climate", ...), or UNKNOWN_DIMENSION. */
export const DisplacementReasonSchema = /* @__PURE__ */ z
  .string()
  .trim()
  .min(1)
  .max(100, { error: 'must be at most 100 characters' });

/** Master-list shelter type as the list writes it (camp, critical shelter, private settings, ...), or UNKNOWN_DIMENSION. */
export const ShelterTypeSchema = /* @__PURE__ */ z
  .string()
  .trim()
  .min(1)
  .max(100, { error: 'must be at most 100 characters' });
