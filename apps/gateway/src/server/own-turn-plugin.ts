import type { Plugin } from 'graphql-yoga';
import { nextTurn } from './event-loop-turns';

/**
 * Each operation starts executing on a round of the event loop of its own. Operations
 * that arrive together would otherwise run their synchronous parts (introspection,
 * validation, building results) back to back in one round, holding the loop for all of
 * them: the event-loop probe (event-loop-probe.test.ts) measured that as the longest block.
 */
export function ownTurnPlugin(): Plugin {
  return {
    async onExecute() {
      await nextTurn();
    },
  };
}
