import { z } from 'zod';
import { defineAgeBrackets } from '../rules/age-brackets';
import { ruleParams } from './schema-rule';

/**
 * Age brackets given by their lower bounds (`[0, 6, 18, 60]`), as a figure's argument:
 * whatever `defineAgeBrackets` builds (from 0, increasing), its refusal as the issue's
 * message (`params.rule` `age_brackets`).
 */
export const AgeBracketLowerBoundsSchema = /* @__PURE__ */ z.array(z.int()).superRefine((bounds, context) => {
  try {
    defineAgeBrackets(bounds);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    context.addIssue({ code: 'custom', message: error.message, params: ruleParams('age_brackets') });
  }
});
