import type { TranslatedIssue } from '@crc/i18n';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';

/**
 * A zod issue as the validation plugin hands it on. Rules beyond zod's own checks are
 * custom issues whose `params.rule` names the rule (`unknown_area`, `whole_months`, ...),
 * with the values its message needs.
 */
type Issue = StandardSchemaV1.Issue & {
  readonly code?: string;
  readonly params?: { readonly rule?: string; readonly values?: Readonly<Record<string, string | number>> };
};

type Values = Readonly<Record<string, string | number>>;

/** Rules the request's language words; every other rule keeps its schema's words (English). */
const RULE_MESSAGES: Readonly<Partial<Record<string, (context: GatewayContext, values: Values) => string>>> = {
  unknown_area: (context, values) =>
    context.i18n.t('gateway.notFound', { entity: context.i18n.t('field.areaPcode'), id: String(values['pcode']) }),
  unknown_origin: (context, values) =>
    context.i18n.t('gateway.notFound', { entity: context.i18n.t('field.origin'), id: String(values['pcode']) }),
  round_order: (context) => context.i18n.t('gateway.displacement.roundOrder'),
  too_many_rounds: (context, values) =>
    context.i18n.t('gateway.displacement.tooManyRounds', { max: values['max'] ?? 0 }),
};

function pathOf(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((segment) =>
    typeof segment === 'object' ? (segment.key as string | number) : (segment as string | number),
  );
}

/** One issue in the request's language: zod's own checks through the shared translator, a rule through its message. */
function translated(issue: Issue, context: GatewayContext): TranslatedIssue {
  const [plain] = context.i18n.translateIssues([
    { code: issue.code ?? 'custom', message: issue.message, path: pathOf(issue) },
  ]);
  if (plain === undefined) throw new Error('translateIssues answers one issue per issue');
  const rule = issue.params?.rule;
  if (rule === undefined) return plain;
  const words = RULE_MESSAGES[rule];
  const message = words ? words(context, issue.params?.values ?? {}) : `${plain.label}: ${issue.message}`;
  return { ...plain, code: rule, message };
}

/**
 * Arguments refused: one BAD_USER_INPUT error, the one shape of every refused argument.
 * `extensions.issues` names each argument (`filter.from`) with its reason and a code
 * (zod's, or the rule's); `extensions.field` is the first of them. The message is the
 * issue's own when there is one, else a count. Raised by the validation plugin for a
 * field's `validate` schemas, and by `validArguments` for the schemas a resolver applies.
 */
export function argumentValidationError(
  failure: StandardSchemaV1.FailureResult,
  context: GatewayContext,
): GraphQLError {
  const issues = failure.issues.map((issue: Issue) => translated(issue, context));
  const [first] = issues;
  const message =
    issues.length === 1 && first !== undefined
      ? first.message
      : context.i18n.t('gateway.invalidInput', { count: issues.length });
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: first?.field ?? '', issues },
  });
}

/** A refusal decided outside a schema (a figure command's FigureInputError, a table too large), in the same shape. */
export function argumentRefusal(
  refusal: { readonly field: string; readonly rule: string; readonly message: string; readonly values?: Values },
  context: GatewayContext,
): GraphQLError {
  const { field, rule, message, values } = refusal;
  const issue: Issue = {
    message,
    path: field.split('.'),
    code: 'custom',
    params: { rule, ...(values ? { values } : {}) },
  };
  return argumentValidationError({ issues: [issue] }, context);
}
