import type { Plugin } from 'graphql-yoga';
import { nextTurn } from './event-loop-turns';

/**
 * Each operation starts executing on its turn of the event loop (event-loop-turns.ts).
 * Operations that arrive together would otherwise run their synchronous parts
 * (introspection, validation, building results) back to back in one round, holding the
 * loop for all of them: the event-loop probe (event-loop-probe.test.ts) measured that as
 * the longest block. While a round's slice lasts, the operation starts at once.
 */
export function ownTurnPlugin(): Plugin {
  return {
    onExecute: () => nextTurn(),
  };
}
