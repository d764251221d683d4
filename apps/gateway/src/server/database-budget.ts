import type { PrismaClient } from '@crc/db';
import { GraphQLError } from 'graphql';
import { withoutEmptySelection } from './empty-selection';
import { sharedTurnsOfOneRequest } from './event-loop-turns';

/** Answered when a request ran out of database time: `QUERY_TIMEOUT`, retrying the same request will not help. */
export class DatabaseBudgetError extends GraphQLError {
  constructor(reason: 'statement' | 'request', limitMs: number) {
    super(
      reason === 'statement'
        ? `A database statement of this request ran longer than ${limitMs} ms (STATEMENT_TIMEOUT_MS) and was cancelled; narrow the request.`
        : `This request used its database time of ${limitMs} ms (REQUEST_DATABASE_BUDGET_MS); narrow the request.`,
      { extensions: { code: 'QUERY_TIMEOUT', limitMs } },
    );
    this.name = 'DatabaseBudgetError';
  }
}

/**
 * The Prisma client one request uses: once `budgetMs` have passed since the request
 * began, it starts no further statement. PostgreSQL also cancels a single long statement
 * (statement_timeout); PGlite cannot, so there this budget and the bounded inputs
 * (request-budget plugin) are the guard. It also reads an empty selection as the row's
 * scalars (empty-selection.ts), so a committed write never answers an error.
 */
export function prismaWithDatabaseBudget(prisma: PrismaClient, budgetMs: number): PrismaClient {
  const deadline = budgetMs === 0 ? Number.POSITIVE_INFINITY : performance.now() + budgetMs;
  const nextTurn = sharedTurnsOfOneRequest();
  const extended = prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        // Each statement of each request on a round of the event loop of its own (event-loop-turns.ts).
        await nextTurn();
        if (performance.now() > deadline) throw new DatabaseBudgetError('request', budgetMs);
        return query(withoutEmptySelection(args)) as Promise<unknown>;
      },
    },
  });
  // The extension adds no methods: the client keeps PrismaClient's shape for Pothos and the resolvers.
  return extended as unknown as PrismaClient;
}
