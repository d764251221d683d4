import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // The library, the local Kobo server for tests (@crc/intake/testing), the crc-import CLI and the local server's runner.
  entry: ['src/index.ts', 'src/testing/index.ts', 'src/cli.ts', 'src/local-kobo-server-cli.ts'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
});
