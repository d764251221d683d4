import { z } from 'zod';

const commaSeparated = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter((item) => item.length > 0));

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const positiveInt = z.coerce.number().int().positive();

/** Everything the gateway reads from its environment, validated once at start-up. */
export const GatewayConfigSchema = z.object({
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
  GRAPHIQL: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_DEPTH: positiveInt.default(12),
  MAX_ALIASES: positiveInt.default(30),
  MAX_TOKENS: positiveInt.default(3000),
  MAX_DIRECTIVES: positiveInt.default(20),
  /** graphql-armor's cost estimate, checked before execution. */
  MAX_COST: positiveInt.default(20_000),
  /** Pothos complexity (field costs times list multipliers), checked before resolving. */
  MAX_COMPLEXITY: positiveInt.default(50_000),
  /** Small-cell suppression threshold for figures shown to PUBLIC and PARTNER. */
  SUPPRESSION_K: positiveInt.default(5),
});

export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

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
    Object.keys(GatewayConfigSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = GatewayConfigSchema.safeParse(relevant);
  if (result.success) return result.data;
  throw new GatewayConfigError(
    result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message })),
  );
}
