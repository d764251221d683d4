import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { PLAN_COST_LIMIT_SETTING, planCostLimitOf, refuseOverPlanCost } from './plan-cost-guard';

/**
 * Planner and memory settings for the reach statements, set with SET LOCAL semantics
 * (`set_config(name, value, true)`) in the transaction that runs them, so they never
 * leak to the pooled connection's next user. Chosen on PostgreSQL 15 over 1,000,000
 * deliveries (see the db README, "Reach at analytics-engine speed"):
 * - `jit` off: compiling the expressions cost about 1.5 s and the statements run in
 *   well under that;
 * - `work_mem` 64MB: the per-person aggregation of 1M deliveries (about 20 MB of hash
 *   table for 200,000 people) and the delivery-level sorts stay in memory instead of
 *   spilling to disk in external merges;
 * - no parallel workers: on the 2 shared cores measured, a parallel plan built the
 *   per-person hash table once per worker and ran slower (520 ms against 220 ms by sex).
 * PGlite accepts the same settings (it has neither JIT nor parallel workers).
 */
export const REACH_STATEMENT_SETTINGS = {
  jit: 'off',
  work_mem: '64MB',
  max_parallel_workers_per_gather: '0',
} as const;

/**
 * The settings for the statements that read beneficiary_reach_rollup (person-level tables
 * whose filter sets no condition on deliveries but the period, counted-people-sql.ts):
 * those of REACH_STATEMENT_SETTINGS, but parallel workers allowed. They scan one narrow
 * row per person and aggregate it, which a parallel plan splits without building any
 * per-person hash twice: on 1M deliveries (200,000 people, 2 shared cores, load 17), by
 * governorate × sex × age bracket 233 ms with up to 2 workers against 419 ms without, by
 * sex 110 ms against 161 ms. JIT stays off (the statements run in well under its
 * compile time), work_mem 64MB holds the hash join of the people a period cuts through.
 */
export const ROLLUP_STATEMENT_SETTINGS = {
  ...REACH_STATEMENT_SETTINGS,
  max_parallel_workers_per_gather: '2',
} as const;

/** Planner and memory settings, by name. */
export type StatementSettings = Readonly<Record<string, string>>;

/** The Prisma client, or a transaction client: anything that runs $queryRaw. */
export type RawQueryClient = Pick<PrismaClient, '$queryRaw'>;

/** A client that can also open an interactive transaction (a PrismaClient, extended or not). */
type TransactionClient = RawQueryClient & { $transaction: PrismaClient['$transaction'] };

function opensTransactions(client: RawQueryClient): client is TransactionClient {
  return typeof (client as Partial<TransactionClient>).$transaction === 'function';
}

/**
 * Runs `query` with `settings` (default REACH_STATEMENT_SETTINGS): in a transaction of its own when the
 * client can open one; a transaction client (the caller's transaction) gets the settings
 * for the rest of that transaction. A client with $queryRaw alone runs the query as is.
 * When the session has a plan cost limit (PGlite, createDb `pglitePlanCostLimit`),
 * `statement` (the one `query` runs) is refused with PlanCostError if its planner
 * estimate is above it (plan-cost-guard.ts).
 */
export async function withReachSettings<T>(
  client: RawQueryClient,
  query: (client: RawQueryClient) => Promise<T>,
  statement?: Prisma.Sql,
  statementSettings: StatementSettings = REACH_STATEMENT_SETTINGS,
): Promise<T> {
  const settings = Object.entries(statementSettings).map(
    ([name, value]) => Prisma.sql`set_config(${name}::text, ${value}::text, true)`,
  );
  const run = async (tx: RawQueryClient) => {
    // The settings and the limit in one round trip.
    const [row] = await tx.$queryRaw<{ plan_cost_limit: string | null }[]>`
      SELECT ${Prisma.join(settings)}, current_setting(${PLAN_COST_LIMIT_SETTING}, true) AS plan_cost_limit`;
    const limit = planCostLimitOf(row?.plan_cost_limit);
    if (statement !== undefined && limit !== undefined) await refuseOverPlanCost(tx, statement, limit);
    return query(tx);
  };
  if (opensTransactions(client)) {
    // Timeouts of the transaction itself: the statement's own limit (statement_timeout) governs.
    return client.$transaction((tx) => run(tx), { maxWait: 30_000, timeout: 600_000 });
  }
  return run(client);
}
