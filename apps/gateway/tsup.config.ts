import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // An app: nothing imports it, so no declarations.
  entry: ['src/main.ts', 'src/print-schema.ts'],
  dts: false,
});
