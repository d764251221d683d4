import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';

type Issue = StandardSchemaV1.Issue & { readonly code?: string };

/**
 * Arguments refused by a field's `validate` schema: one BAD_USER_INPUT error whose
 * `issues` name each argument and the reason, in the request's language.
 */
export function argumentValidationError(
  failure: StandardSchemaV1.FailureResult,
  context: GatewayContext,
): GraphQLError {
  const issues = context.i18n.translateIssues(
    failure.issues.map((issue: Issue) => ({
      code: issue.code ?? 'custom',
      message: issue.message,
      path: (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
    })),
  );
  return new GraphQLError(context.i18n.t('gateway.invalidInput', { count: issues.length }), {
    extensions: { code: 'BAD_USER_INPUT', issues },
  });
}
