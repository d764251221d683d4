// Shared tsup preset: every package builds the same way (ESM only, Node 20 syntax, source
// maps, a clean dist/); a package names its entry points and whether it emits declarations.
import { defineConfig } from 'tsup';

/** @param {import('./index.d.ts').CrcTsupOptions} options */
export function crcTsupConfig({ entry, dts = true, ...overrides }) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...overrides,
  });
}
