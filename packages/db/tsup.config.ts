import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // The library and the crc-db CLI. prisma/migrations is not bundled: it ships beside
  // dist/ and is found at runtime from the package root.
  entry: ['src/index.ts', 'src/cli.ts', 'src/testing/index.ts'],
  dts: { entry: ['src/index.ts', 'src/testing/index.ts'] },
});
