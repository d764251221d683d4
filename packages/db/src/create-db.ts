import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { PLAN_COST_LIMIT_SETTING } from './aggregations/plan-cost-guard';
import { DEFAULT_PGLITE_DIR, redactUrl, resolveDatabaseLocation } from './database-location';
import { migrate, type MigrateResult } from './migrations/migrate';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { yieldingBetweenStatements } from './pglite-yielding';
import { recomputeNameKeysWhereMissing, withNameSoundKeys } from './search/name-sound-keys';
import { pgliteExecutor } from './sql/pglite-executor';
import type { SqlExecutor } from './sql/sql-executor';

export interface CreateDbOptions {
  /** PGlite data directory for the embedded default (no URL, no DATABASE_URL). Default `.crc-data/pglite` under the cwd. */
  readonly dataDir?: string;
  /**
   * Apply pending migrations on open. Default: true for PGlite (the embedded database
   * is self-contained), false for PostgreSQL (deployments migrate explicitly, with
   * `prisma migrate deploy` or `migrate(db)`).
   */
  readonly migrate?: boolean;
  /** node-postgres pool settings for PostgreSQL (default max 10 connections). */
  readonly pool?: Omit<pg.PoolConfig, 'connectionString'>;
  /** Passed to PrismaClient, e.g. `['query']`. */
  readonly log?: ConstructorParameters<typeof PrismaClient>[0]['log'];
  /**
   * PostgreSQL: `statement_timeout` of every pooled connection, in milliseconds; a
   * statement over it is cancelled by the server (SQLSTATE 57014, see isStatementTimeout)
   * and the connection stays usable. Unset: no limit. Migrations on open run without it.
   * PGlite ignores the setting (it runs each statement to the end in-process, measured
   * in create-db.test.ts); callers bound PGlite's work by bounding their inputs.
   */
  readonly statementTimeoutMs?: number;
  /**
   * PostgreSQL's JIT compiler for the pooled connections. Default false: the platform's
   * queries are short, and JIT's compile time dominated them (a reach query with 1,000
   * age brackets took 82 s with JIT, 291 ms without). PGlite has no JIT.
   */
  readonly jit?: boolean;
  /**
   * Interactive transactions (`$transaction(async (tx) => ...)`): how long one may wait to
   * start, and how long it may run, in milliseconds. Prisma's own defaults (2 s and 5 s)
   * made a write that queued behind others under load fail with P2028 (PGlite runs one
   * transaction at a time). Defaults 10 s and 30 s; a call's own options still win.
   * See isTransactionTimeout.
   */
  readonly transactionMaxWaitMs?: number;
  readonly transactionTimeoutMs?: number;
  /**
   * PGlite's statement guard in place of statement_timeout, which PGlite does not enforce:
   * a reach statement whose planner cost estimate is above this is refused before it runs
   * (PlanCostError, aggregations/plan-cost-guard.ts). Unset: no guard. PostgreSQL ignores
   * it (statementTimeoutMs cancels a long statement there).
   */
  readonly pglitePlanCostLimit?: number;
}

/** Default wait and run time of an interactive transaction (CreateDbOptions). */
export const TRANSACTION_MAX_WAIT_MS = 10_000;
export const TRANSACTION_TIMEOUT_MS = 30_000;

function transactionOptions(options: CreateDbOptions): { maxWait: number; timeout: number } {
  return {
    maxWait: options.transactionMaxWaitMs ?? TRANSACTION_MAX_WAIT_MS,
    timeout: options.transactionTimeoutMs ?? TRANSACTION_TIMEOUT_MS,
  };
}

export interface Db {
  readonly prisma: PrismaClient;
  readonly kind: 'postgresql' | 'pglite';
  /** The database opened, password redacted (e.g. `memory://`, `pglite:/abs/dir`, `postgresql://user:***@host/db`). */
  readonly description: string;
  /** Raw SQL on the same database (migrations, maintenance); prefer `prisma` for data. */
  readonly sql: SqlExecutor;
  /** Migrations applied on open (empty when `migrate` was off). */
  readonly migrations: MigrateResult;
  /** Disconnects Prisma and closes the pool or the PGlite instance. */
  close(): Promise<void>;
}

/**
 * PGlite's own settings. shared_buffers: PostgreSQL's default of 128 MB lives in the
 * WebAssembly heap of the process; 16 MB took the embedded gateway's idle memory from
 * about 300 MB to 170 MB for PGlite alone (issue 13), and the demo database is smaller
 * than that (the files stay in the operating system's page cache either way).
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB'];

/** PGlite's settings for these options: the plan cost limit as a custom setting (plan-cost-guard.ts). */
function pgliteSettings(options: CreateDbOptions): string[] {
  return options.pglitePlanCostLimit === undefined
    ? PGLITE_SETTINGS
    : [...PGLITE_SETTINGS, `${PLAN_COST_LIMIT_SETTING}=${options.pglitePlanCostLimit}`];
}

const NOT_MIGRATED: MigrateResult = { applied: [], alreadyApplied: [] };

/**
 * node-postgres and Prisma's adapter for it, imported only to open a PostgreSQL: the
 * embedded default does not load them (about 150 ms of the gateway's start, issue 13).
 */
async function postgresModules() {
  const [{ default: pg }, { PrismaPg }, { pgExecutor }] = await Promise.all([
    import('pg'),
    import('@prisma/adapter-pg'),
    import('./sql/pg-executor'),
  ]);
  return { pg, PrismaPg, pgExecutor };
}
type PostgresModules = Awaited<ReturnType<typeof postgresModules>>;

/** A migration may legitimately run longer than a request's statement: it gets a connection of its own, unlimited. */
async function migrateWithoutTimeout(
  postgres: PostgresModules,
  url: string,
  sql: SqlExecutor,
  options: CreateDbOptions,
): Promise<MigrateResult> {
  if (options.statementTimeoutMs === undefined) return migrate(sql);
  const { pg, pgExecutor } = postgres;
  const pool = new pg.Pool({ max: 1, connectionString: url });
  try {
    return await migrate(pgExecutor(pool));
  } finally {
    await pool.end();
  }
}

/**
 * Opens the CRC database: PostgreSQL for a postgres URL, otherwise embedded PGlite.
 * The URL is the argument, else DATABASE_URL, else the embedded default (see
 * resolveDatabaseLocation). Both speak the same dialect and use the same migrations.
 */
export async function createDb(url?: string, options: CreateDbOptions = {}): Promise<Db> {
  const location = resolveDatabaseLocation(url, process.env, options.dataDir ?? DEFAULT_PGLITE_DIR);

  if (location.kind === 'postgresql') {
    const postgres = await postgresModules();
    const { pg, PrismaPg, pgExecutor } = postgres;
    const pool = new pg.Pool({
      max: 10,
      ...options.pool,
      connectionString: location.url,
      // Startup parameters, so every connection the pool opens has them before its first query.
      ...(options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs }),
      options: `-c jit=${options.jit === true ? 'on' : 'off'}`,
    });
    // An idle pooled connection can be cut by the server (restart, DROP DATABASE ... FORCE,
    // an admin's pg_terminate_backend). node-postgres then emits 'error' on the pool, which
    // would crash the process if unhandled; the pool discards that client and reconnects.
    pool.on('error', (error) => {
      process.emitWarning(`@crc/db: idle PostgreSQL connection lost: ${error.message}`);
    });
    const sql = pgExecutor(pool);
    try {
      const migrations =
        options.migrate === true ? await migrateWithoutTimeout(postgres, location.url, sql, options) : NOT_MIGRATED;
      if (options.migrate === true) await recomputeNameKeysWhereMissing(sql);
      const prisma = withNameSoundKeys(
        new PrismaClient({
          adapter: new PrismaPg(pool),
          transactionOptions: transactionOptions(options),
          ...(options.log ? { log: options.log } : {}),
        }),
      );
      return {
        prisma,
        kind: 'postgresql',
        description: redactUrl(location.url),
        sql,
        migrations,
        async close() {
          await prisma.$disconnect();
          await pool.end();
        },
      };
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  if (location.dataDir) await mkdir(location.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(location.dataDir ? { dataDir: location.dataDir } : {}),
    extensions: PGLITE_EXTENSIONS,
    postgresqlconf: pgliteSettings(options),
  });
  const sql = pgliteExecutor(pglite);
  const prisma = withNameSoundKeys(
    new PrismaClient({
      adapter: new PrismaPGlite(yieldingBetweenStatements(pglite)),
      transactionOptions: transactionOptions(options),
      ...(options.log ? { log: options.log } : {}),
    }),
  );
  // Prisma loads and compiles its query compiler (WebAssembly) on the first model query:
  // asked for now, its file is read while PGlite starts instead of after (issue 13). The
  // answer does not matter (on a new directory the table does not exist yet).
  const prismaWarmedUp = prisma.adminArea.findFirst({ select: { pcode: true } }).then(
    () => undefined,
    () => undefined,
  );
  try {
    const migrations = options.migrate === false ? NOT_MIGRATED : await migrate(sql);
    if (options.migrate !== false) await recomputeNameKeysWhereMissing(sql);
    await prismaWarmedUp;
    return {
      prisma,
      kind: 'pglite',
      description: location.description,
      sql,
      migrations,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  } catch (error) {
    await prismaWarmedUp;
    await pglite.close();
    throw error;
  }
}
