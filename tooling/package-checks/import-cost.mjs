#!/usr/bin/env node
// Import cost of one function: what a user's bundler ships for `import { ageAt } from ...`.
// esbuild bundles a one-line module against the built packages (run `pnpm build` first),
// minified for the browser, as an app bundler would; prints bytes, gzip and zod's share.
import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** [what a user writes, the package whose folder resolves it] */
const cases = [
  ["import { ageAt } from '@crc/domain'", 'packages/domain'],
  ["import { ageAt } from '@crc/domain/rules'", 'packages/domain'],
  ["import { getArea } from '@crc/domain/geography'", 'packages/domain'],
  ["import { BeneficiarySchema } from '@crc/domain'", 'packages/domain'],
  ["import { resolveArea } from '@crc/domain'", 'packages/domain'],
  ["import { shares } from '@crc/metrics'", 'packages/metrics'],
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const rows = [];
for (const [statement, resolveFrom] of cases) {
  const names = /\{([^}]*)\}/.exec(statement)?.[1] ?? '';
  const result = await build({
    stdin: {
      // Re-exporting keeps the names alive, as a use of them would.
      contents: `${statement};\nexport {${names}};\n`,
      resolveDir: path.join(root, resolveFrom),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((error) => {
    // A subpath this version does not export yet: say so instead of failing.
    if (String(error.message).includes('Could not resolve')) return null;
    throw error;
  });
  if (result === null) {
    rows.push({ statement, missing: true });
    continue;
  }
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const zod = Object.entries(output.inputs)
    .filter(([file]) => file.includes('node_modules/zod/') || file.includes('node_modules/.pnpm/zod@'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  rows.push({ statement, bytes: code.byteLength, gzip: gzipSync(code).byteLength, zod });
}

const width = Math.max(...rows.map((row) => row.statement.length));
console.log(`${'import'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(9)}  ${'of it zod'.padStart(9)}`);
for (const row of rows) {
  if (row.missing) {
    console.log(`${row.statement.padEnd(width)}  (not exported)`);
    continue;
  }
  console.log(
    `${row.statement.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.zod).padStart(9)}`,
  );
}
// The figure this replaced, measured the same way on the single-file build (before the entry
// split and the pure annotations on top-level zod schemas):
console.log("\nbefore: import { ageAt } from '@crc/domain'  485.2 KB minified, 102.6 KB gzip, 453.8 KB of it zod");
