import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({ entry: ['src/index.ts'] });
