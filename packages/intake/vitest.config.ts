import { crcVitestConfig } from '@crc/vitest-config';

export default crcVitestConfig();
