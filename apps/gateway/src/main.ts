#!/usr/bin/env node
// crc-gateway: serve the GraphQL gateway, or manage API keys. See apps/gateway/README.md.
import { parseArgs } from 'node:util';
import { databaseLimits, loadConfig } from './config/config';
import { createLogger } from './server/logger';
import { startupTiming } from './server/startup-timing';
import { tierUpOnlyHotWasm } from './server/wasm-tiering';

// Everything else is imported where it is needed (issue 13, start under 1.5 s): the
// gateway's modules load while PGlite opens, ioredis only with a Redis URL, the demo
// loader only with --demo, the keys command only for `keys`.

const USAGE = `Usage:
  crc-gateway [--demo]            serve http://localhost:$PORT/graphql (--demo loads demo data and prints one key per role)
  crc-gateway keys create --role PARTNER|CENTRE_STAFF|ADMIN --name NAME [--organisation ID] [--centre ID ...]
  crc-gateway keys revoke ID
  crc-gateway keys list`;

async function main(argv: string[]): Promise<number> {
  tierUpOnlyHotWasm();
  const config = loadConfig();
  const logger = createLogger(config);
  if (argv[0] === 'keys') return (await import('./auth/keys-command')).runKeysCommand(argv.slice(1), config);

  const { values } = parseArgs({
    args: argv,
    options: { demo: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const timing = startupTiming(config.STARTUP_TIMING, logger);
  timing.mark('main');

  const { createDb, ensureReferenceData } = await import('@crc/db');
  timing.mark('@crc/db loaded');
  const opening = createDb(config.DATABASE_URL, {
    dataDir: config.DATA_DIR,
    migrate: true,
    ...databaseLimits(config),
  });
  // Loaded while the database opens: PGlite compiles its WebAssembly and reads its files off this thread.
  const modules = Promise.all([
    import('./server/create-gateway'),
    import('./server/serve'),
    import('./server/metrics-endpoint'),
  ]);
  // Observed now, awaited below: a failed open must not count as unhandled while the modules load.
  opening.catch(() => undefined);
  const [{ createGateway, Registry }, { serve }, { serveMetrics }] = await modules;
  timing.mark('gateway modules loaded');
  const db = await opening;
  timing.mark('database open');
  logger.info({ database: db.description, kind: db.kind, migrations: db.migrations.applied.length }, 'database open');
  const reference = await ensureReferenceData(db);
  timing.mark('reference data');
  logger.info({ reference }, 'reference data loaded');
  const demoKeys = values.demo ? await (await import('./demo/prepare-demo')).prepareDemo(db, logger) : [];

  const registry = new Registry();
  // enableOfflineQueue off: with Redis unreachable a request is counted nowhere and let through, instead of waiting.
  const redisUrl = config.REDIS_URL ?? config.RATE_LIMIT_REDIS_URL;
  const redis = redisUrl ? new (await import('ioredis')).Redis(redisUrl, { enableOfflineQueue: false }) : undefined;
  redis?.on('error', (error: Error) =>
    logger.warn({ error: error.message }, 'rate-limit and response-cache store unreachable'),
  );
  const gateway = createGateway({ config, db, logger, registry, ...(redis ? { redis } : {}) });
  timing.mark('gateway built');
  const running = await serve(gateway, config.PORT, config.HOST, logger);
  timing.mark('listening');
  timing.reportAfterFirstAnswer(running.server);
  const metricsServer =
    config.METRICS_PORT === undefined
      ? undefined
      : await serveMetrics(registry, config.METRICS_PORT, config.HOST, config.METRICS_KEY);
  if (metricsServer) logger.info({ port: config.METRICS_PORT }, 'metrics listening');
  logger.info({ url: running.url }, 'gateway listening');
  // Before the URL is printed: a Ctrl-C right after it must find the handlers in place.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    metricsServer?.close();
    await running.close();
    await db.close();
    await redis?.quit().catch(() => undefined);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  console.log(`\nCRC Platform gateway: ${running.url}  (GraphiQL in a browser)`);
  console.log(`Database: ${db.description}`);
  if (demoKeys.length > 0) {
    console.log('\nDemo API keys (send as "Authorization: Bearer <key>"):');
    for (const key of demoKeys) console.log(`  ${key.role.padEnd(13)} ${key.secret}  ${key.description}`);
  }
  console.log('');

  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
