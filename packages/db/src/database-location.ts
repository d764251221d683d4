import path from 'node:path';

/** Where a database lives, resolved from createDb's argument, DATABASE_URL, or the embedded default. */
export type DatabaseLocation =
  | { readonly kind: 'postgresql'; readonly url: string }
  | { readonly kind: 'pglite'; readonly dataDir: string | undefined; readonly description: string };

/** The embedded default's data directory, relative to the current working directory. */
export const DEFAULT_PGLITE_DIR = path.join('.crc-data', 'pglite');

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
const PGLITE_URL = /^pglite:(?:\/\/)?(.*)$/i;

/**
 * Resolves the database to open, in this order:
 * 1. the explicit `url` argument;
 * 2. the DATABASE_URL environment variable;
 * 3. the embedded default: PGlite in `dataDir` (default `.crc-data/pglite` under the cwd).
 *
 * Accepted URLs: `postgresql://` / `postgres://` (a PostgreSQL server), `memory://`
 * (in-memory PGlite, gone on close) and `pglite:<directory>` (PGlite on disk).
 */
export function resolveDatabaseLocation(
  url: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = DEFAULT_PGLITE_DIR,
): DatabaseLocation {
  const chosen = url ?? (env.DATABASE_URL?.trim() || undefined);
  if (chosen === undefined) {
    const resolved = path.resolve(dataDir);
    return { kind: 'pglite', dataDir: resolved, description: `pglite:${resolved}` };
  }
  if (POSTGRES_URL.test(chosen)) return { kind: 'postgresql', url: chosen };
  if (chosen === 'memory://' || chosen === 'memory:')
    return { kind: 'pglite', dataDir: undefined, description: 'memory://' };
  const pglite = PGLITE_URL.exec(chosen);
  if (pglite?.[1]) {
    const resolved = path.resolve(pglite[1]);
    return { kind: 'pglite', dataDir: resolved, description: `pglite:${resolved}` };
  }
  throw new Error(
    `unsupported database URL ${JSON.stringify(redactUrl(chosen))}: expected postgresql://..., postgres://..., memory:// or pglite:<directory>`,
  );
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
