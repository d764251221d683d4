import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { migrate, MigrationError } from './migrate';
import { readMigrationFiles } from './migration-files';
import { migrationsDirectory } from './package-root';

describe(`migrate (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open({ migrate: false });
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('applies every migration on a fresh database and records it as Prisma does', async () => {
    const files = await readMigrationFiles(migrationsDirectory());
    expect(files.length).toBeGreaterThan(0);

    const result = await migrate(db);
    expect(result.applied).toEqual(files.map((file) => file.name));
    expect(result.alreadyApplied).toEqual([]);

    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: unknown;
      logs: unknown;
    }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
      files.map((file) => [file.name, file.checksum, 1]),
    );
    expect(rows.every((row) => row.finished_at !== null && row.logs === null)).toBe(true);
    const tables = await db.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('admin_area', 'displacement_figure', 'funding')`,
    );
    expect(tables[0]?.count).toBe(3);
  });

  it('is a no-op the second time', async () => {
    const before = await db.sql.query('SELECT * FROM "_prisma_migrations" ORDER BY id');
    const result = await migrate(db);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied.length).toBe(before.length);
    expect(await db.sql.query('SELECT * FROM "_prisma_migrations" ORDER BY id')).toEqual(before);
  });

  describe('with a copy of the migrations directory', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(path.join(tmpdir(), 'crc-db-migrations-'));
      await cp(migrationsDirectory(), directory, { recursive: true });
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('rolls back a failing migration entirely and does not record it', async () => {
      const failing = path.join(directory, '99990101000000_failing');
      await cp(path.join(directory, (await readMigrationFiles(directory))[0]!.name), failing, { recursive: true });
      await writeFile(
        path.join(failing, 'migration.sql'),
        'CREATE TABLE "half_written" (id int);\nSELECT * FROM "no_such_table";\n',
      );
      await expect(migrate(db, { directory })).rejects.toThrow(/99990101000000_failing failed/);
      const leftovers = await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_written'`);
      expect(leftovers).toEqual([]);
      const recorded = await db.sql.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_failing'`,
      );
      expect(recorded).toEqual([]);
      await rm(failing, { recursive: true });
    });

    it('refuses when an applied migration was edited', async () => {
      const [first] = await readMigrationFiles(directory);
      await writeFile(path.join(directory, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`);
      await expect(migrate(db, { directory })).rejects.toThrow(MigrationError);
      await expect(migrate(db, { directory })).rejects.toThrow(/was modified after it was applied/);
    });
  });
});
