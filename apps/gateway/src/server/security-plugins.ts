import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config/config';

/**
 * Limits checked while parsing and validating, so an abusive document is refused
 * before any resolver (or the database) runs. Messages stay generic: the limit is
 * named, the exact figures are not echoed back to the caller.
 */
export function securityPlugins(config: GatewayConfig): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    maxTokensPlugin({ n: config.MAX_TOKENS }),
    maxDepthPlugin({ n: config.MAX_DEPTH, flattenFragments: true }),
    maxAliasesPlugin({ n: config.MAX_ALIASES }),
    maxDirectivesPlugin({ n: config.MAX_DIRECTIVES }),
    costLimitPlugin({ maxCost: config.MAX_COST }),
  ] as Plugin[];
}
