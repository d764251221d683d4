import type { PrismaClient, SqlExecutor } from '@crc/db';
import { GraphQLError } from 'graphql';
import { withoutEmptySelection } from './empty-selection';
import { sharedTurnsOfOneRequest } from './event-loop-turns';

const MESSAGES = {
  statement: (limitMs: number, variable = 'STATEMENT_TIMEOUT_MS') =>
    `A database statement of this request ran longer than ${limitMs} ms (${variable}) and was cancelled; narrow the request.`,
  request: (limitMs: number, variable = 'REQUEST_DATABASE_BUDGET_MS') =>
    `This request used its database time of ${limitMs} ms (${variable}); narrow the request.`,
  estimate: (limit: number) =>
    `A database statement of this request was refused before it ran: its estimated cost is above ${limit} (PGLITE_PLAN_COST_LIMIT, the embedded database's guard in place of a statement timeout); narrow the request.`,
  // Busy, not too big: the same write may succeed later, and nothing of this one was committed.
  transaction: (limitMs: number) =>
    `The database was busy: this request's transaction could not start or finish within ${limitMs} ms and was rolled back, nothing was written; retry later.`,
} as const;

/**
 * Answered when a request ran out of database time: `QUERY_TIMEOUT`. For a statement or
 * the request's budget retrying the same request will not help; for a transaction that
 * found the database busy it may.
 */
export class DatabaseBudgetError extends GraphQLError {
  /** `limit`: milliseconds, except for `estimate` (the planner's cost units). */
  /** `variable`: the setting that gave the limit, when not the reason's usual one (an import's own budget). */
  constructor(reason: keyof typeof MESSAGES, limit: number, variable?: string) {
    super(
      reason === 'request' || reason === 'statement' ? MESSAGES[reason](limit, variable) : MESSAGES[reason](limit),
      {
        extensions: { code: 'QUERY_TIMEOUT', reason, ...(reason === 'estimate' ? { limit } : { limitMs: limit }) },
      },
    );
    this.name = 'DatabaseBudgetError';
  }
}

/**
 * The database time of one request: once `budgetMs` have passed since the request began,
 * it starts no further statement. PostgreSQL also cancels a single long statement
 * (statement_timeout); PGlite cannot, so there this budget and the bounded inputs
 * (request-budget plugin) are the guard. Cheap to make (a deadline and a turn queue):
 * every request gets one, whether or not it reaches the database.
 */
export interface DatabaseBudget {
  /** Waits for this request's next turn of the event loop, then refuses if the budget is spent. */
  beforeStatement(): Promise<void>;
}

export function databaseBudget(
  budgetMs: number,
  /** The setting the budget comes from, as the error names it. */
  variable = 'REQUEST_DATABASE_BUDGET_MS',
): DatabaseBudget {
  const deadline = budgetMs === 0 ? Number.POSITIVE_INFINITY : performance.now() + budgetMs;
  const nextTurn = sharedTurnsOfOneRequest();
  return {
    async beforeStatement() {
      // Each statement of each request on a round of the event loop of its own (event-loop-turns.ts).
      await nextTurn();
      if (performance.now() > deadline) throw new DatabaseBudgetError('request', budgetMs, variable);
    },
  };
}

/**
 * The Prisma client one request uses: every statement goes through the request's
 * budget. It also reads an empty selection as the row's scalars (empty-selection.ts),
 * so a committed write never answers an error.
 */
export function prismaWithDatabaseBudget(prisma: PrismaClient, budget: DatabaseBudget): PrismaClient {
  const extended = prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        await budget.beforeStatement();
        return query(withoutEmptySelection(args)) as Promise<unknown>;
      },
    },
  });
  // The extension adds no methods: the client keeps PrismaClient's shape for Pothos and the resolvers.
  return extended as unknown as PrismaClient;
}

/** Raw SQL reads of one request (one statement where Prisma would send several), within its budget as Prisma's are. */
export function sqlWithDatabaseBudget(sql: SqlExecutor, budget: DatabaseBudget): Pick<SqlExecutor, 'query'> {
  return {
    async query(text, params, options) {
      await budget.beforeStatement();
      return sql.query(text, params, options);
    },
  };
}
