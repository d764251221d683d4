import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // The library, the local DTM server for tests (@crc/dtm/testing), the crc-dtm CLI and the local server's runner.
  entry: ['src/index.ts', 'src/testing/index.ts', 'src/cli.ts', 'src/local-dtm-server-cli.ts'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
});
