import { Prisma } from '../generated/prisma/client';
import type { RawQueryClient } from './reach-statement-settings';

/**
 * The session setting that carries the limit (createDb `pglitePlanCostLimit`). A custom
 * setting, so a database opened without it reads it as unset and runs no EXPLAIN.
 */
export const PLAN_COST_LIMIT_SETTING = 'crc.plan_cost_limit';

/** A statement refused before it ran: the planner's estimate of its cost is above the limit. */
export class PlanCostError extends Error {
  override readonly name = 'PlanCostError';

  constructor(
    readonly estimatedCost: number,
    readonly limit: number,
  ) {
    super(`the statement's estimated cost ${Math.round(estimatedCost)} is above the limit of ${limit}`);
  }
}

/** The limit in effect on this session, or undefined when none is set. */
export function planCostLimitOf(setting: string | null | undefined): number | undefined {
  const limit = Number(setting);
  return setting && Number.isFinite(limit) && limit > 0 ? limit : undefined;
}

/**
 * PGlite's statement guard. PostgreSQL cancels a statement at its statement_timeout;
 * PGlite runs every statement to its end on the gateway's own thread (its
 * statement_timeout is accepted but never fires, statement-timeout.test.ts), so a
 * statement that would run for seconds must be refused before it starts. The planner's
 * total cost estimate (`EXPLAIN`, which plans without running) grows with the rows and
 * groups the statement would go through; above `limit` the statement is refused with
 * PlanCostError. One EXPLAIN per guarded statement, on the same session.
 */
export async function refuseOverPlanCost(client: RawQueryClient, statement: Prisma.Sql, limit: number): Promise<void> {
  const plan = await client.$queryRaw<{ 'QUERY PLAN': unknown }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
  const estimatedCost = totalCostOf(plan[0]?.['QUERY PLAN']);
  if (estimatedCost > limit) throw new PlanCostError(estimatedCost, limit);
}

function totalCostOf(explained: unknown): number {
  const document: unknown = typeof explained === 'string' ? JSON.parse(explained) : explained;
  const cost = (document as { Plan?: { 'Total Cost'?: unknown } }[] | undefined)?.[0]?.Plan?.['Total Cost'];
  return typeof cost === 'number' ? cost : 0;
}
