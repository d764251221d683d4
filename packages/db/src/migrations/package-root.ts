import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = '@crc/db';

/**
 * The root directory of the @crc/db package, found by walking up from this module:
 * works from src/ (tests, tsx) and from the bundled dist/ alike.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === PACKAGE_NAME) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** prisma/migrations of this package, which ships with it (see package.json "files"). */
export function migrationsDirectory(): string {
  return path.join(packageRoot(), 'prisma', 'migrations');
}
