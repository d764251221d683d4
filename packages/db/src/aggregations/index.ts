// SQL-side aggregations with the semantics of @crc/metrics (tested against it).
export type { ReachFilter } from './reach-filter';
export * from './reach-in-sql';
export * from './shares-by-sector';
export * from './figure-input-error';
export * from './displacement-totals';
export * from './household-reach-in-sql';
export { PlanCostError, PLAN_COST_LIMIT_SETTING } from './plan-cost-guard';
