import { defineConfig } from 'tsup';

export default defineConfig({
  // The library, the local DTM server for tests (@crc/dtm/testing), the crc-dtm CLI and the local server's runner.
  entry: ['src/index.ts', 'src/testing/index.ts', 'src/cli.ts', 'src/local-dtm-server-cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
