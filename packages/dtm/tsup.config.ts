import { defineConfig } from 'tsup';

export default defineConfig({
  // The library, the local DTM server for tests (@crc/dtm/testing) and the crc-dtm CLI.
  entry: ['src/index.ts', 'src/testing/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
