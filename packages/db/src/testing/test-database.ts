import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createDb, type CreateDbOptions, type Db } from '../create-db';

/** Which database the tests run against: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export const TEST_DATABASE_KIND: 'postgresql' | 'pglite' = process.env.DATABASE_URL ? 'postgresql' : 'pglite';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A fresh, empty database for one test file, and how to get rid of it. */
export interface TestDatabase {
  /** URL of the fresh database (`memory://` for PGlite). */
  readonly url: string;
  /** Opens it (several times if a test needs to). */
  open(options?: CreateDbOptions): Promise<Db>;
  /** Drops it (PostgreSQL); PGlite in-memory databases vanish on close. */
  drop(): Promise<void>;
}

/**
 * With DATABASE_URL: creates a uniquely named database on that server, so test files
 * never see each other's rows and runs are repeatable. Without: in-memory PGlite (each
 * `open()` is then a new, empty database).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  console.log(`database: ${TEST_DATABASE_KIND}`);
  if (!serverUrl) {
    return { url: 'memory://', open: (options) => createDb('memory://', options), drop: () => Promise.resolve() };
  }
  const name = `crc_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  return {
    url,
    open: (options) => createDb(url, { migrate: true, pool: { max: 4 }, ...options }),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
