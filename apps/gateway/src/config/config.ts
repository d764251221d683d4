import { z } from 'zod';

const commaSeparated = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const positiveInt = z.coerce.number().int().positive();

const nonNegativeInt = z.coerce.number().int().min(0);

/** Everything the gateway reads from its environment, validated once at start-up. */
const gatewayConfigShape = {
  /** `production` turns GraphiQL and PUBLIC introspection off unless they are set explicitly. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Interface to listen on; unset listens on all interfaces. */
  HOST: z.string().min(1).optional(),
  /** PostgreSQL URL; unset opens the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?|memory):\/\//, { message: 'must start with postgresql://, postgres:// or memory://' })
    .optional(),
  /** Data directory of the embedded database. */
  DATA_DIR: z.string().min(1).default('.crc-data/pglite'),
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  CORS_ORIGINS: commaSeparated.default([]),
  /** Default: on, except with NODE_ENV=production. */
  GRAPHIQL: flag.optional(),
  /** Introspection for callers without a key. Default: on, except with NODE_ENV=production. */
  PUBLIC_INTROSPECTION: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log where the start spent its time, once the first request is answered ('startup timing'). */
  STARTUP_TIMING: flag.default(false),
  MAX_DEPTH: positiveInt.default(12),
  /** Depth allowed to introspection (`__schema`), which graphql-armor's MAX_DEPTH skips; GraphiQL's query is 15 deep. */
  MAX_INTROSPECTION_DEPTH: positiveInt.default(15),
  MAX_ALIASES: positiveInt.default(30),
  MAX_TOKENS: positiveInt.default(3000),
  MAX_DIRECTIVES: positiveInt.default(20),
  /** graphql-armor's cost estimate, checked before execution. */
  MAX_COST: positiveInt.default(20_000),
  /** graphql-armor's cost with introspection counted (MAX_COST skips it); the standard introspection query costs about 87,500. */
  MAX_INTROSPECTION_COST: positiveInt.default(100_000),
  /** Pothos complexity (field costs times list multipliers), checked before executing. */
  MAX_COMPLEXITY: positiveInt.default(50_000),
  /**
   * Disclosure control of figures about people (cell-key method, @crc/metrics): no
   * protected viewer sees a value from 1 to SUPPRESSION_K - 1; noise at most
   * DISCLOSURE_MAX_NOISE (at least SUPPRESSION_K), of variance DISCLOSURE_VARIANCE.
   */
  SUPPRESSION_K: positiveInt.default(5),
  /** PostgreSQL `statement_timeout` of the gateway's connections; 0 turns it off. */
  STATEMENT_TIMEOUT_MS: nonNegativeInt.default(5000),
  /** PostgreSQL's JIT compiler for the gateway's connections (off: see @crc/db createDb). */
  DATABASE_JIT: flag.default(false),
  /**
   * PGlite's statement guard (it does not enforce statement_timeout): a reach statement whose
   * planner cost estimate is above this is refused before it runs, QUERY_TIMEOUT; 0 turns it off.
   */
  PGLITE_PLAN_COST_LIMIT: nonNegativeInt.default(20_000),
  /** Wall time after which a request may start no further database statement (PGlite's guard too); 0 turns it off. */
  REQUEST_DATABASE_BUDGET_MS: nonNegativeInt.default(10_000),
  /**
   * importRegistrations' database time in place of REQUEST_DATABASE_BUDGET_MS (a sheet of the
   * mutation's largest size writes for longer than any other request may); 0 turns it off.
   */
  IMPORT_DATABASE_BUDGET_MS: nonNegativeInt.default(600_000),
  /** PostgreSQL statement_timeout of importRegistrations' statements in place of STATEMENT_TIMEOUT_MS; 0 turns it off. */
  IMPORT_STATEMENT_TIMEOUT_MS: nonNegativeInt.default(120_000),
  /**
   * Operations executing at once; more wait, and start client by client (an API key or an
   * address) so one client's many requests do not hold up another's one (admission-plugin.ts).
   */
  MAX_CONCURRENT_OPERATIONS: positiveInt.default(8),
  /**
   * Operations of one client waiting for a slot; its next is refused at once (429, Retry-After,
   * RATE_LIMITED with reason `backlog`) instead of waiting behind all of them (admission-plugin.ts).
   */
  MAX_WAITING_PER_CLIENT: positiveInt.default(16),
  /** Largest request body accepted, in bytes (413 above); a multipart upload may be larger by its file limit. */
  MAX_BODY_BYTES: positiveInt.default(1_000_000),
  /** Operation names kept as the `operationName` label of the metrics; any other name is counted as `other`. */
  METRICS_OPERATION_NAMES: commaSeparated.default([]),
  /** Serve `/metrics` on this port (on HOST) instead of the API port. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_KEY>`. */
  METRICS_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  /** Requests per minute for one API key. 0 turns the limit off. */
  RATE_LIMIT_PER_KEY: nonNegativeInt.default(600),
  /** Requests per minute from one client address without a key. 0 turns the limit off. */
  RATE_LIMIT_PER_ADDRESS: nonNegativeInt.default(300),
  /** Redis URL for the rate-limit counters, shared by every gateway instance; unset: counted in this process. */
  RATE_LIMIT_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { message: 'must start with redis:// or rediss://' })
    .optional(),
  /**
   * Redis shared by every gateway instance: rate-limit counters and the response cache.
   * Unset: RATE_LIMIT_REDIS_URL if set, else both are kept in this process.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { message: 'must start with redis:// or rediss://' })
    .optional(),
  /**
   * A query document runs compiled by graphql-jit from its Nth execution (those before run in
   * graphql-js), when graphql-jit answers it as graphql-js does (compilable-query.ts); 0 turns it off.
   */
  COMPILE_ON_EXECUTION: nonNegativeInt.default(3),
  /** Keep answers to queries that change rarely (reference data, centres, programmes, figures) per viewer scope and locale. */
  RESPONSE_CACHE: flag.default(true),
  /** The longest an answer stays in the response cache, in milliseconds (writes through the gateway drop it sooner). */
  RESPONSE_CACHE_TTL_MS: positiveInt.default(300_000),
  /** Take the client address from the first X-Forwarded-For entry (only behind a proxy that sets it). */
  TRUST_PROXY: flag.default(false),
  DISCLOSURE_MAX_NOISE: positiveInt.default(5),
  DISCLOSURE_VARIANCE: z.coerce.number().positive().default(3),
};

const production = (config: { NODE_ENV: string }) => config.NODE_ENV === 'production';

export const GatewayConfigSchema = z
  .object(gatewayConfigShape)
  .refine((config) => config.DISCLOSURE_MAX_NOISE >= config.SUPPRESSION_K, {
    message: 'must be at least SUPPRESSION_K, so that counts from 1 to SUPPRESSION_K - 1 can be published as 0',
    path: ['DISCLOSURE_MAX_NOISE'],
  })
  .transform((config) => ({
    ...config,
    GRAPHIQL: config.GRAPHIQL ?? !production(config),
    PUBLIC_INTROSPECTION: config.PUBLIC_INTROSPECTION ?? !production(config),
  }));

export type GatewayConfig = z.output<typeof GatewayConfigSchema>;

/** A configuration error that names every bad variable and why it is bad. */
export class GatewayConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'GatewayConfigError';
  }
}

/** Reads and validates the configuration; empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const relevant = Object.fromEntries(
    Object.keys(gatewayConfigShape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = GatewayConfigSchema.safeParse(relevant);
  if (result.success) return result.data;
  throw new GatewayConfigError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(environment)'),
      message: issue.message,
    })),
  );
}

/** The createDb options that follow from the configuration: statement timeout, PGlite's plan cost limit and JIT. */
export function databaseLimits(
  config: Pick<GatewayConfig, 'STATEMENT_TIMEOUT_MS' | 'DATABASE_JIT' | 'PGLITE_PLAN_COST_LIMIT'>,
): {
  statementTimeoutMs?: number;
  pglitePlanCostLimit?: number;
  jit: boolean;
} {
  return {
    ...(config.STATEMENT_TIMEOUT_MS > 0 ? { statementTimeoutMs: config.STATEMENT_TIMEOUT_MS } : {}),
    ...(config.PGLITE_PLAN_COST_LIMIT > 0 ? { pglitePlanCostLimit: config.PGLITE_PLAN_COST_LIMIT } : {}),
    jit: config.DATABASE_JIT,
  };
}
