import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config/config';
import { introspectionPlugin } from './introspection-plugin';
import { oneValidateHook } from './one-validate-hook';

/**
 * graphql-armor's validation rules throw by default, which yoga answers with HTTP 200.
 * Reported through the validation context instead, a rejection is an ordinary
 * validation error: yoga answers 400 (GraphQL over HTTP) and nothing executes.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * Limits checked while parsing and validating, so an abusive document is refused
 * before any resolver (or the database) runs. Messages stay generic: the limit is
 * named, the exact figures are not echoed back to the caller.
 */
export function securityPlugins(config: GatewayConfig): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    maxTokensPlugin({ n: config.MAX_TOKENS }),
    // The limits below only add validation rules: one onValidate hook for all of them.
    oneValidateHook([
      // Data queries at MAX_DEPTH; introspection (GraphiQL's own query is 15 deep) at MAX_INTROSPECTION_DEPTH.
      maxDepthPlugin({ n: config.MAX_DEPTH, flattenFragments: true, ...reportAsValidationError }),
      maxDepthPlugin({
        n: Math.max(config.MAX_DEPTH, config.MAX_INTROSPECTION_DEPTH),
        flattenFragments: true,
        ignoreIntrospection: false,
        ...reportAsValidationError,
      }),
      maxAliasesPlugin({ n: config.MAX_ALIASES, ...reportAsValidationError }),
      maxDirectivesPlugin({ n: config.MAX_DIRECTIVES, ...reportAsValidationError }),
      // The same for cost: data at MAX_COST, introspection included at MAX_INTROSPECTION_COST (the standard query costs about 87,500).
      costLimitPlugin({ maxCost: config.MAX_COST, ...reportAsValidationError }),
      costLimitPlugin({
        maxCost: Math.max(config.MAX_COST, config.MAX_INTROSPECTION_COST),
        ignoreIntrospection: false,
        ...reportAsValidationError,
      }),
      introspectionPlugin({ publicIntrospection: config.PUBLIC_INTROSPECTION }),
    ] as Plugin[]),
  ] as Plugin[];
}
