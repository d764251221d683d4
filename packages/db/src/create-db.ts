import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { DEFAULT_PGLITE_DIR, redactUrl, resolveDatabaseLocation } from './database-location';
import { migrate, type MigrateResult } from './migrations/migrate';
import { pgExecutor } from './sql/pg-executor';
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

const NOT_MIGRATED: MigrateResult = { applied: [], alreadyApplied: [] };

/**
 * Opens the CRC database: PostgreSQL for a postgres URL, otherwise embedded PGlite.
 * The URL is the argument, else DATABASE_URL, else the embedded default (see
 * resolveDatabaseLocation). Both speak the same dialect and use the same migrations.
 */
export async function createDb(url?: string, options: CreateDbOptions = {}): Promise<Db> {
  const location = resolveDatabaseLocation(url, process.env, options.dataDir ?? DEFAULT_PGLITE_DIR);

  if (location.kind === 'postgresql') {
    const pool = new pg.Pool({ max: 10, ...options.pool, connectionString: location.url });
    // An idle pooled connection can be cut by the server (restart, DROP DATABASE ... FORCE,
    // an admin's pg_terminate_backend). node-postgres then emits 'error' on the pool, which
    // would crash the process if unhandled; the pool discards that client and reconnects.
    pool.on('error', (error) => {
      process.emitWarning(`@crc/db: idle PostgreSQL connection lost: ${error.message}`);
    });
    const sql = pgExecutor(pool);
    try {
      const migrations = options.migrate === true ? await migrate(sql) : NOT_MIGRATED;
      const prisma = new PrismaClient({ adapter: new PrismaPg(pool), ...(options.log ? { log: options.log } : {}) });
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
  const pglite = new PGlite(location.dataDir);
  const sql = pgliteExecutor(pglite);
  try {
    const migrations = options.migrate === false ? NOT_MIGRATED : await migrate(sql);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), ...(options.log ? { log: options.log } : {}) });
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
    await pglite.close();
    throw error;
  }
}
