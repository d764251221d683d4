import { z } from 'zod';
import { canonicalPcode } from './dtm-pcode';

/**
 * OCHA COD-AB p-codes for Iraq: governorate `IQG10`, district `IQG10Q05`,
 * sub-district `IQG10Q05N01`. The level is encoded in the code's shape.
 */
export const PCODE_PATTERN = /^IQG\d{2}(?:Q\d{2}(?:N\d{2})?)?$/;

/** An OCHA p-code; DTM's form of the same code (`IRQ-G10Q05`) is accepted and rewritten to the OCHA form. */
export const PcodeSchema = /* @__PURE__ */ z
  .string()
  .transform(canonicalPcode)
  .pipe(
    // Pure too: an argument with a call in it would keep zod in bundles that never use the schema.
    /* @__PURE__ */ z.string().regex(PCODE_PATTERN, {
      message: 'must be an Iraqi OCHA p-code such as IQG10, IQG10Q05 or IQG10Q05N01 (or DTM’s IRQ-G10Q05)',
    }),
  );

export type Pcode = z.infer<typeof PcodeSchema>;

/** True for an OCHA p-code as written (`IQG10Q05`); see canonicalPcode for DTM's form. */
export function isPcode(value: string): boolean {
  return PCODE_PATTERN.test(value);
}
