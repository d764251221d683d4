import type { TranslatedIssue, ValidationIssue } from '@crc/i18n';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { argumentRuleWords, type ArgumentRule } from './argument-rule-messages';

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

function pathOf(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((segment) =>
    typeof segment === 'object' ? (segment.key as string | number) : (segment as string | number),
  );
}

/** The details of zod's issues that its messages quote (`maximum`, `origin`, ...). */
const ZOD_DETAILS = [
  'input',
  'origin',
  'minimum',
  'maximum',
  'inclusive',
  'expected',
  'format',
  'divisor',
  'values',
  'keys',
];

/**
 * The issue as translateIssues reads it. Read key by key, not spread: the validation
 * plugin hands on each issue as an object whose prototype is zod's issue (to prefix its
 * path), so a spread would keep the path alone and lose the bounds. Only the details the
 * issue has are copied: a present `input` key means "the value given".
 */
function zodIssue(issue: Issue): ValidationIssue {
  const plain: Record<string, unknown> = { code: issue.code ?? 'custom', message: issue.message, path: pathOf(issue) };
  for (const key of ZOD_DETAILS) if (key in issue) plain[key] = (issue as unknown as Record<string, unknown>)[key];
  return plain as unknown as ValidationIssue;
}

/** One issue in the request's language: zod's own checks through the shared translator, a rule through its message. */
function translated(issue: Issue, context: GatewayContext): TranslatedIssue {
  const [plain] = context.i18n.translateIssues([zodIssue(issue)]);
  if (plain === undefined) throw new Error('translateIssues answers one issue per issue');
  const rule = issue.params?.rule;
  if (rule === undefined) return plain;
  const words = argumentRuleWords(rule);
  // Only an untyped rule can lack words (the rule test finds none); it keeps its schema's English.
  const message = words
    ? words(context.i18n, plain.label, issue.params?.values ?? {})
    : `${plain.label}: ${issue.message}`;
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
  refusal: { readonly field: string; readonly rule: ArgumentRule; readonly message: string; readonly values?: Values },
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
