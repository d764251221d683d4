import { defineConfig } from 'tsup';

export default defineConfig({
  // The library and the crc-db CLI. prisma/migrations is not bundled: it ships beside
  // dist/ and is found at runtime from the package root.
  entry: ['src/index.ts', 'src/cli.ts', 'src/testing/index.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
