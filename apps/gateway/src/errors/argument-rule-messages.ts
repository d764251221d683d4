import type { FigureInputReason } from '@crc/db';
import { PUBLISHED_AGE_LOWER_BOUNDS, type SchemaRule } from '@crc/domain';
import type { MessageKey, Translator } from '@crc/i18n';

/** Rules the gateway checks on arguments itself: ids, and the size of a table. */
export const GATEWAY_ARGUMENT_RULES = ['not_an_id', 'too_many_cells'] as const;

/** Every rule an argument can be refused by: the domain schemas', the figure aggregations' and the gateway's. */
export type ArgumentRule = SchemaRule | FigureInputReason | (typeof GATEWAY_ARGUMENT_RULES)[number];

type Values = Readonly<Record<string, string | number>>;

/** A rule's sentence in the request's language, from the field's label and the values. */
type Words = (i18n: Translator, field: string, values: Values) => string;

const text = (values: Values, name: string): string => String(values[name] ?? '');
const date = (i18n: Translator, values: Values, name: string): string =>
  values[name] === undefined ? '' : i18n.formatDate(String(values[name]));

/** Dimensions a household table refuses, by their report labels. */
const DIMENSION_LABELS: Readonly<Partial<Record<string, MessageKey>>> = {
  sex: 'report.dimension.SEX',
  ageBracket: 'report.dimension.AGE_BRACKET',
};

function dimensionLabel(i18n: Translator, dimension: string): string {
  const key = DIMENSION_LABELS[dimension];
  return key === undefined ? dimension : i18n.t(key);
}

/**
 * How the request's language words each rule. A total record: a rule added to
 * SCHEMA_RULES, FIGURE_INPUT_REASONS or GATEWAY_ARGUMENT_RULES does not compile until
 * it has its message here (and its message has its ar and ckb text in the catalogues).
 */
export const ARGUMENT_RULE_MESSAGES: Readonly<Record<ArgumentRule, Words>> = {
  unknown_area: (i18n, _field, values) =>
    i18n.t('gateway.notFound', { entity: i18n.t('field.areaPcode'), id: text(values, 'pcode') }),
  unknown_origin: (i18n, _field, values) =>
    i18n.t('gateway.notFound', { entity: i18n.t('field.origin'), id: text(values, 'pcode') }),
  round_order: (i18n) => i18n.t('gateway.displacement.roundOrder'),
  too_many_rounds: (i18n, _field, values) => i18n.t('gateway.displacement.tooManyRounds', { max: values['max'] ?? 0 }),
  whole_months: (i18n, field, values) =>
    i18n.t('gateway.argument.wholeMonths', { field, day: values['day'] === 'first' ? 'first' : 'last' }),
  completed_months: (i18n, field, values) =>
    i18n.t('gateway.argument.completedMonths', { field, lastCompleted: date(i18n, values, 'lastCompleted') }),
  from_after_to: (i18n, field, values) =>
    i18n.t('gateway.argument.fromAfterTo', { field, to: date(i18n, values, 'to') }),
  area_too_fine: (i18n, field) => i18n.t('gateway.argument.areaTooFine', { field }),
  unpublished_age_brackets: (i18n, field) =>
    i18n.t('gateway.argument.unpublishedAgeBrackets', {
      field,
      bounds: i18n.formatList(PUBLISHED_AGE_LOWER_BOUNDS.map((bound) => i18n.formatNumber(bound))),
    }),
  age_brackets: (i18n, field) => i18n.t('gateway.argument.ageBrackets', { field }),
  repeated_dimension: (i18n, field) => i18n.t('gateway.argument.repeatedDimension', { field }),
  not_a_people_count: (i18n, field) => i18n.t('gateway.argument.notAPeopleCount', { field }),
  end_before_start: (i18n, field) => i18n.t('gateway.argument.endBeforeStart', { field }),
  not_an_id: (i18n, field) => i18n.t('gateway.argument.notAnId', { field }),
  too_many_cells: (i18n, field, values) =>
    i18n.t('gateway.argument.tooManyCells', { field, cells: values['cells'] ?? 0, max: values['max'] ?? 0 }),
  needs_at: (i18n, field) => i18n.t('gateway.argument.needsAt', { field }),
  unknown_dimension: (i18n, field, values) =>
    i18n.t('gateway.argument.unknownDimension', { field, dimension: text(values, 'dimension') }),
  not_a_household_dimension: (i18n, field, values) =>
    i18n.t('gateway.argument.notAHouseholdDimension', {
      field,
      dimension: dimensionLabel(i18n, text(values, 'dimension')),
    }),
  mixed_currencies: (i18n, field, values) =>
    i18n.t('gateway.argument.mixedCurrencies', { field, currencies: text(values, 'currencies') }),
  not_a_date: (i18n, field) => i18n.t('gateway.argument.notADate', { field }),
  not_a_pcode: (i18n, field) => i18n.t('gateway.argument.notAPcode', { field, example: 'IQG10' }),
};

/** The words of the rule an issue names, or undefined for a rule this table does not know. */
export function argumentRuleWords(rule: string): Words | undefined {
  return Object.hasOwn(ARGUMENT_RULE_MESSAGES, rule) ? ARGUMENT_RULE_MESSAGES[rule as ArgumentRule] : undefined;
}
