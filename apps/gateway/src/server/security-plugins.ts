import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config/config';

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
    maxDepthPlugin({ n: config.MAX_DEPTH, flattenFragments: true, ...reportAsValidationError }),
    maxAliasesPlugin({ n: config.MAX_ALIASES, ...reportAsValidationError }),
    maxDirectivesPlugin({ n: config.MAX_DIRECTIVES, ...reportAsValidationError }),
    costLimitPlugin({ maxCost: config.MAX_COST, ...reportAsValidationError }),
  ] as Plugin[];
}
