import { randomUUID } from 'node:crypto';
import { useContentEncoding } from '@whatwg-node/server';
import { createTranslator, negotiateLocale, type DigitSystem } from '@crc/i18n';
import type { Db } from '@crc/db';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { viewerPerRequest } from '../auth/viewer-per-request';
import type { GatewayConfig } from '../config/config';
import type { GatewayContext } from '../context';
import { downloadsStep } from '../downloads/downloads-plugin';
import { schema } from '../schema/index';
import { IMPORT_LIMITS } from '../schema/input-limits';
import { admissionPlugin } from './admission-plugin';
import { countedBodySizePlugin, declaredBodySizeStep } from './body-size-plugin';
import { compiledExecutionPlugin } from './compiled-execution-plugin';
import { complexityLimitPlugin } from './complexity-limit-plugin';
import { databaseBudget, prismaWithDatabaseBudget, sqlWithDatabaseBudget } from './database-budget';
import { definePrismaOnFirstUse } from './prisma-on-first-use';
import { gatewayMaskError } from './mask-error';
import { inputBudgetPlugin } from './input-budget-plugin';
import { metricsEndpointStep } from './metrics-endpoint';
import { gatewayMetrics } from './metrics-plugin';
import { oneExecuteObserver } from './one-execute-observer';
import { ownTurnPlugin } from './own-turn-plugin';
import { idempotencyPlugin } from './idempotency-plugin';
import { rateLimitStep } from './rate-limit-plugin';
import { readinessStep } from './readiness-plugin';
import { requestLogPlugin } from './request-log-plugin';
import { requestStepsPlugin } from './request-steps';
import { responseCachePlugins } from './response-cache/response-cache-plugin';
import { securityPlugins } from './security-plugins';

// For main, which imports this module while the database opens: prom-client bundled with it.
export { Registry };

export interface GatewayOptions {
  readonly config: GatewayConfig;
  readonly db: Db;
  readonly logger: Logger;
  /** Where the metrics are registered; main.ts passes its own to serve them on METRICS_PORT. Default: one per gateway. */
  readonly registry?: Registry;
  /** Redis client for rate-limit counters and the response cache, shared by several instances (main.ts opens it from REDIS_URL). */
  readonly redis?: Redis;
}

export type Gateway = YogaServerInstance<Record<string, never>, GatewayContext>;

/**
 * The GraphQL gateway as a fetch handler: `/graphql` (GraphiQL on GET from a browser),
 * `/health` (the process is up), `/ready` (the database answers), `/metrics` (Prometheus).
 * Tests call `gateway.fetch(...)`; main.ts mounts it on a node:http server.
 */
export function createGateway({ config, db, logger, registry = new Registry(), redis }: GatewayOptions): Gateway {
  // One registry per gateway (unless given), so tests that create several never clash on metric names.
  // Registered in this order, which is the order of /metrics: the compiled executions' counter, then the metrics' series.
  const compiledExecution = compiledExecutionPlugin(schema, {
    onExecution: config.COMPILE_ON_EXECUTION,
    registry,
    logger,
  });
  const metrics = gatewayMetrics({ registry, schema, knownOperationNames: config.METRICS_OPERATION_NAMES });
  const bodyLimits = { maxBytes: config.MAX_BODY_BYTES, uploadBytes: IMPORT_LIMITS.fileBytes };
  return createYoga<Record<string, never>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    // The body limit is body-size-plugin.ts' (MAX_BODY_BYTES): yoga's own piped every body through a TransformStream.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: config.GRAPHIQL ? { title: 'CRC Platform GraphQL', defaultQuery: DEFAULT_QUERY } : false,
    // GraphiQL's scripts and styles served from the package itself, not a CDN: it works offline and behind strict networks.
    // Imported on the first GraphiQL page only: the package is 9 MB of JavaScript, which a
    // production gateway (GraphiQL off) compiled and kept in memory at every start (issue 13).
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    cors: config.CORS_ORIGINS.length > 0 ? { origin: [...config.CORS_ORIGINS], credentials: false } : false,
    maskedErrors: { maskError: gatewayMaskError(config.STATEMENT_TIMEOUT_MS) },
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      // The error itself under `err`, so pino prints its message and stack (inside `args` it serialises as {}).
      error: (...args) => logger.error({ err: args.find((arg) => arg instanceof Error), args }, 'yoga'),
    },
    context: async (initialContext): Promise<GatewayContext> => {
      const { request } = initialContext;
      const viewer = await viewerPerRequest(request, db.sql);
      const locale = negotiateLocale(request.headers.get('accept-language'));
      const digits = digitsFromHeader(request.headers.get('x-digits'));
      const budget = databaseBudget(config.REQUEST_DATABASE_BUDGET_MS);
      definePrismaOnFirstUse(initialContext, () => prismaWithDatabaseBudget(db.prisma, budget));
      const fields: Omit<GatewayContext, 'prisma'> = {
        databaseBudget: budget,
        sql: sqlWithDatabaseBudget(db.sql, budget),
        importPrisma: () =>
          prismaWithDatabaseBudget(
            db.prisma,
            databaseBudget(config.IMPORT_DATABASE_BUDGET_MS, 'IMPORT_DATABASE_BUDGET_MS'),
          ),
        viewer,
        locale,
        i18n: createTranslator(locale, digits === undefined ? {} : { digits }),
        config,
        logger,
        requestId: request.headers.get('x-request-id') ?? randomUUID(),
      };
      // `prisma` is the getter defined on the context just above, not a field of this object.
      return fields as GatewayContext;
    },
    plugins: [
      // gzip/deflate/br as the client accepts: the GraphiQL page is 9 MB uncompressed, introspection 250 kB.
      useContentEncoding(),
      // What the gateway does as a request arrives, in order, as one onRequest hook (each hook
      // costs every request its promise helpers): refusals first, then the routes of its own,
      // which leave /graphql alone, then the metrics' note of the arrival. Admission's onRequest
      // hook, after these, acts on /graphql alone: the routes answer as they did after it, and a
      // request it refuses never parsed, so the metrics never observed it.
      requestStepsPlugin([
        rateLimitStep({
          perKey: config.RATE_LIMIT_PER_KEY,
          perAddress: config.RATE_LIMIT_PER_ADDRESS,
          trustProxy: config.TRUST_PROXY,
          ...(redis ? { redis } : {}),
        }),
        declaredBodySizeStep(bodyLimits),
        readinessStep(async () => {
          await db.sql.query('SELECT 1');
        }),
        config.METRICS_PORT === undefined ? metricsEndpointStep(registry, config.METRICS_KEY) : undefined,
        downloadsStep(db),
        metrics.arrivalStep,
      ]),
      countedBodySizePlugin(bodyLimits),
      ...securityPlugins(config),
      inputBudgetPlugin(),
      ownTurnPlugin(),
      idempotencyPlugin(),
      // Before the plugins that wrap execution (response cache, admission): they wrap the compiled one.
      compiledExecution,
      // After the limits (a cached answer is still counted and size-checked), before execution.
      ...(config.RESPONSE_CACHE
        ? responseCachePlugins({ db, ttlMs: config.RESPONSE_CACHE_TTL_MS, logger, ...(redis ? { redis } : {}) })
        : []),
      admissionPlugin({
        capacity: config.MAX_CONCURRENT_OPERATIONS,
        maxWaitingPerClient: config.MAX_WAITING_PER_CLIENT,
        trustProxy: config.TRUST_PROXY,
      }),
      metrics.plugin,
      // The metrics' execute phase and the request log observe each execution: one onExecute hook for both.
      oneExecuteObserver([metrics.execution, requestLogPlugin(logger) as Plugin]),
      // Last before execution: a refusal is still counted by the metrics and logged, and takes no admission slot.
      complexityLimitPlugin(schema, { complexity: config.MAX_COMPLEXITY, depth: config.MAX_DEPTH }),
    ],
  });
}

/** `X-Digits: latn` or `arab` overrides the locale's default digits; anything else is ignored. */
function digitsFromHeader(value: string | null): DigitSystem | undefined {
  return value === 'latn' || value === 'arab' ? value : undefined;
}

const DEFAULT_QUERY = `# CRC Platform: centres, programmes, geography and displacement in one graph.
# Send "Accept-Language: ar" or "ckb" for Arabic or Sorani names.
{
  governorates {
    pcode
    name
  }
}
`;
