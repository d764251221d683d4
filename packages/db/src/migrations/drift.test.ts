import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchemaEngineModule } from '../../scripts/lib/load-schema-engine.mjs';
import { createPgMigrationAdapterFactory } from '../../scripts/lib/pg-migration-adapter.mjs';
import { PGLITE_EXTENSIONS } from '../pglite-extensions';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { readMigrationFiles } from './migration-files';
import { migrationsDirectory, packageRoot } from './package-root';

/** PGlite's Prisma adapter whose shadow database loads the extensions the migrations create. */
class PrismaPGliteWithExtensions extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(new PGlite({ dataDir: 'memory://shadow', extensions: PGLITE_EXTENSIONS })).connect();
  }
}

type Engine = Awaited<ReturnType<Awaited<ReturnType<typeof loadSchemaEngineModule>>['SchemaEngine']['new']>>;

const NO_FILTER = { externalTables: [], externalEnums: [] };

async function migrationList() {
  const baseDir = migrationsDirectory();
  const lockfile = await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: (await readMigrationFiles(baseDir)).map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: migration.sql } },
    })),
  };
}

/**
 * Drift check: replays prisma/migrations on a shadow database with Prisma's own schema
 * engine (the WebAssembly build) and diffs the result against schema.prisma. A schema
 * change without its migration (or a hand-edited migration) fails here.
 */
describe(`schema.prisma and prisma/migrations (database: ${TEST_DATABASE_KIND})`, () => {
  const schemaPath = path.join(packageRoot(), 'prisma', 'schema.prisma');
  let schema: string;
  let testDb: TestDatabase | undefined;
  let pglite: PGlite | undefined;
  let engine: Engine;

  beforeAll(async () => {
    schema = await readFile(schemaPath, 'utf8');
    let factory: SqlMigrationAwareDriverAdapterFactory;
    if (TEST_DATABASE_KIND === 'postgresql') {
      testDb = await createTestDatabase();
      factory = createPgMigrationAdapterFactory({ url: testDb.url });
    } else {
      console.log('database: pglite');
      // pglite-prisma-adapter makes its shadow database a fresh in-memory PGlite without
      // extensions; the migrations need pg_trgm in both.
      pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
      factory = new PrismaPGliteWithExtensions(pglite);
    }
    const { SchemaEngine } = await loadSchemaEngineModule();
    engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  });
  afterAll(async () => {
    engine?.free();
    await pglite?.close();
    await testDb?.drop();
  });

  const diffAgainst = async (datamodel: string) =>
    engine.diff({
      from: { tag: 'migrations', ...(await migrationList()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });

  it('the migrations produce exactly the schema (otherwise run `pnpm migrate:dev`)', async () => {
    const result = await diffAgainst(schema);
    expect(result.stdout ?? '').not.toMatch(/^(CREATE|ALTER|DROP)/m);
    expect(result.exitCode).toBe(0);
  });

  it('notices a model that has no migration (the check can fail)', async () => {
    const drifted = `${schema}\nmodel DriftProbe {\n  id Int @id\n  @@map("drift_probe")\n}\n`;
    const result = await diffAgainst(drifted);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/CREATE TABLE "drift_probe"/);
  });
});
