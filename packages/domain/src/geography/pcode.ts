import { z } from 'zod';

/**
 * OCHA COD-AB p-codes for Iraq: governorate `IQG10`, district `IQG10Q05`,
 * sub-district `IQG10Q05N01`. The level is encoded in the code's shape.
 */
export const PCODE_PATTERN = /^IQG\d{2}(?:Q\d{2}(?:N\d{2})?)?$/;

export const PcodeSchema = /* @__PURE__ */ z
  .string()
  .trim()
  .toUpperCase()
  .regex(PCODE_PATTERN, { message: 'must be an Iraqi OCHA p-code such as IQG10, IQG10Q05 or IQG10Q05N01' });

export type Pcode = z.infer<typeof PcodeSchema>;

export function isPcode(value: string): boolean {
  return PCODE_PATTERN.test(value);
}
