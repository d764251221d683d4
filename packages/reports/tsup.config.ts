import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // The library and the crc-report CLI.
  entry: ['src/index.ts', 'src/cli.ts'],
  dts: { entry: ['src/index.ts'] },
});
