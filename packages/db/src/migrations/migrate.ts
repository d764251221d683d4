import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '../sql/sql-executor';
import { checksumMatches, readMigrationFiles } from './migration-files';
import { migrationsDirectory } from './package-root';

/** Prisma's history table, created exactly as Prisma's schema engine creates it. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The advisory lock key Prisma Migrate takes, so `migrate(db)` and `prisma migrate deploy` never interleave. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

interface AppliedMigrationRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export interface MigrateOptions {
  /** Defaults to this package's prisma/migrations. */
  readonly directory?: string;
}

export interface MigrateResult {
  /** Migrations applied by this call, in order. */
  readonly applied: readonly string[];
  /** Migrations that were already applied. */
  readonly alreadyApplied: readonly string[];
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

async function appliedRows(tx: SqlExecutor): Promise<AppliedMigrationRow[]> {
  return tx.query<AppliedMigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
}

/**
 * True when the history records every migration file, finished and with the file's
 * checksum. Anything else (no history table, a pending, failed or modified migration)
 * is left to the locked path below, which applies or explains it.
 */
async function allApplied(
  executor: SqlExecutor,
  migrations: readonly { name: string; sql: string }[],
): Promise<boolean> {
  const [history] = await executor.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (history?.present !== true) return false;
  const rows = await appliedRows(executor);
  if (rows.some((row) => row.finished_at === null)) return false;
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  return migrations.every((migration) => {
    const row = byName.get(migration.name);
    return row !== undefined && checksumMatches(row.checksum, migration.sql);
  });
}

/**
 * Applies the SQL migrations of prisma/migrations that the database lacks, in order,
 * each in its own transaction, and records them in `_prisma_migrations` the way Prisma
 * Migrate does, so `prisma migrate status|deploy` agree with it.
 *
 * Idempotent: applied migrations are skipped. Refuses (MigrationError) when an applied
 * migration's file has changed since, or when Prisma recorded a failed migration. A
 * migration that fails is rolled back entirely and not recorded (unlike Prisma, which
 * records the failure), so fixing the file and re-running is enough.
 */
export async function migrate(
  db: SqlExecutor | { readonly sql: SqlExecutor },
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const executor = 'sql' in db ? db.sql : db;
  const migrations = await readMigrationFiles(options.directory ?? migrationsDirectory());
  // The usual case on open (every migration applied): one read instead of a locked transaction per migration.
  if (await allApplied(executor, migrations))
    return { applied: [], alreadyApplied: migrations.map((migration) => migration.name) };
  const applied: string[] = [];
  const alreadyApplied: string[] = [];

  for (const migration of migrations) {
    const wasApplied = await executor.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
      await tx.exec(CREATE_MIGRATIONS_TABLE);
      const rows = await appliedRows(tx);
      const failed = rows.filter((row) => row.finished_at === null).map((row) => row.migration_name);
      if (failed.length > 0) {
        throw new MigrationError(
          `migration(s) ${failed.join(', ')} failed earlier and are marked so in _prisma_migrations; resolve them with \`prisma migrate resolve\` first`,
        );
      }
      const existing = rows.find((row) => row.migration_name === migration.name);
      if (existing) {
        if (!checksumMatches(existing.checksum, migration.sql)) {
          throw new MigrationError(
            `migration ${migration.name} was modified after it was applied (checksum ${existing.checksum} in the database, ${migration.checksum} on disk); restore the file or create a new migration`,
          );
        }
        return true;
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(
          `migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
          { cause: error },
        );
      }
      await tx.query(
        `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      return false;
    });
    (wasApplied ? alreadyApplied : applied).push(migration.name);
  }
  return { applied, alreadyApplied };
}
