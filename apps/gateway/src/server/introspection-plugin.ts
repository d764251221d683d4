import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Introspection fields: the schema is described through these alone. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Keeps introspection inside a budget: at most one `__schema` or `__type` per document
 * (30 aliased copies answered 5.3 MB), and none at all for callers without a key when
 * `publicIntrospection` is off (production). Checked while validating, before anything
 * runs. Validation precedes the per-request context, so "without a key" is read from
 * the Authorization header; a bad key is refused with 401 afterwards anyway.
 */
export function introspectionPlugin(options: { readonly publicIntrospection: boolean }): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const request = (context as { request?: Request }).request;
      const anonymous = !request?.headers.get('authorization');
      addValidationRule((validation: ValidationContext): ASTVisitor => {
        let seen = 0;
        return {
          Field(node) {
            if (!INTROSPECTION_ROOTS.has(node.name.value)) return;
            seen += 1;
            if (anonymous && !options.publicIntrospection) {
              validation.reportError(
                new GraphQLError('Introspection is turned off for callers without an API key (PUBLIC_INTROSPECTION).', {
                  nodes: [node],
                  extensions: { code: 'INTROSPECTION_DISABLED' },
                }),
              );
            } else if (seen === 2) {
              validation.reportError(
                new GraphQLError('A document may introspect the schema once (one `__schema` or `__type` field).', {
                  nodes: [node],
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                }),
              );
            }
          },
        };
      });
    },
  };
}
