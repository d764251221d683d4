// Prints the gateway's schema to apps/gateway/schema.graphql (or checks it with --check).
// The committed file is the contract partners read; a test fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './schema/printed-schema';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const current = printedSchema();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== current) {
    console.error('schema.graphql is stale: run `pnpm --filter @crc/gateway print-schema` and review the diff.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  await writeFile(target, current);
  console.log(`wrote ${target}`);
}
