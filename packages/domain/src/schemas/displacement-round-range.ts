import { z } from 'zod';
import { ruleParams } from './schema-rule';

/** The most rounds one displacement series covers: each round is a total per area to sum. */
export const MAX_SERIES_ROUNDS = 200;

/**
 * The DTM rounds a displacement series covers, `fromRound` to `toRound`, both inclusive:
 * in order (`params.rule` `round_order`) and at most MAX_SERIES_ROUNDS of them
 * (`too_many_rounds`); both problems are named at `toRound`.
 */
export const DisplacementRoundRangeSchema = /* @__PURE__ */ z
  .object({ fromRound: z.int(), toRound: z.int() })
  .superRefine((range, context) => {
    if (range.toRound < range.fromRound) {
      context.addIssue({
        code: 'custom',
        path: ['toRound'],
        message: `must not be before fromRound (${range.fromRound})`,
        params: ruleParams('round_order', { fromRound: range.fromRound }),
      });
    } else if (range.toRound - range.fromRound + 1 > MAX_SERIES_ROUNDS) {
      context.addIssue({
        code: 'custom',
        path: ['toRound'],
        message: `a series covers at most ${MAX_SERIES_ROUNDS} rounds`,
        params: ruleParams('too_many_rounds', { max: MAX_SERIES_ROUNDS }),
      });
    }
  });
export type DisplacementRoundRange = z.output<typeof DisplacementRoundRangeSchema>;
