import { z } from 'zod';
import { ruleParams } from '../schemas/schema-rule';
import { getArea } from './get-area';

/**
 * The p-code of an area of the reference geography, as a person types it (spaces, letter
 * case and DTM's `IRQ-G10` form forgiven), read as its OCHA form. An unknown p-code is
 * refused (issue `params.rule` `unknown_area`) rather than taken as "nobody there":
 * p-codes are a closed list, so an unknown one is a mistake, and as a prefix it would
 * match areas it does not name (`IQG1` is no governorate, yet prefixes IQG10 to IQG19).
 */
export const KnownAreaPcodeSchema = /* @__PURE__ */ z.string().transform((text, context) => {
  const area = getArea(text);
  if (area !== undefined) return area.pcode;
  context.addIssue({
    code: 'custom',
    message: `${text} is not a p-code of Iraq's reference geography`,
    params: ruleParams('unknown_area', { pcode: text }),
  });
  return z.NEVER;
});
