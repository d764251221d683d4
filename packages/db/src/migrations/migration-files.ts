import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One migration of Prisma's folder layout: `<name>/migration.sql`. */
export interface MigrationFile {
  /** Directory name, e.g. `20261122155524_init`; migrations apply in name order. */
  readonly name: string;
  readonly sql: string;
  /** sha256 (hex) of the script, as Prisma records it in `_prisma_migrations.checksum`. */
  readonly checksum: string;
}

export function checksumOf(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/**
 * Whether a recorded checksum matches a script. Like Prisma, also accept the checksum
 * of the script with CRLF line endings normalised, so a Windows checkout is not "edited".
 */
export function checksumMatches(recorded: string, script: string): boolean {
  return recorded === checksumOf(script) || recorded === checksumOf(script.replaceAll('\r\n', '\n'));
}

/** The migrations of a Prisma migrations directory, in the order Prisma applies them. */
export async function readMigrationFiles(directory: string): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(directory, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}
