/**
 * The rules @crc/domain's schemas check beyond zod's own checks. Each refusal is a
 * `custom` issue whose `params.rule` names its rule and whose `params.values` holds what
 * its message needs, so a caller words it in the user's language (the gateway answers
 * it as the issue's `code`) instead of showing the schema's English message.
 */
export const SCHEMA_RULES = [
  'unknown_area',
  'unknown_origin',
  'round_order',
  'too_many_rounds',
  'whole_months',
  'completed_months',
  'from_after_to',
  'area_too_fine',
  'unpublished_age_brackets',
  'age_brackets',
  'repeated_dimension',
  'not_a_people_count',
  'end_before_start',
] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

/** The values a rule's message takes (`{ pcode: 'IQG99' }`). */
export type RuleValues = Readonly<Record<string, string | number>>;

/** The `params` of a custom issue refused by `rule`: typed, so a rule cannot be left out of SCHEMA_RULES. */
export function ruleParams(rule: SchemaRule, values?: RuleValues): { rule: SchemaRule; values?: RuleValues } {
  return values === undefined ? { rule } : { rule, values };
}
