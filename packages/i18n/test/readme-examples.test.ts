// Every example in README.md runs and prints what the README says (see @crc/vitest-config/readme-examples).
import path from 'node:path';
import { describeReadmeExamples } from '@crc/vitest-config/readme-examples';

describeReadmeExamples({
  packageDir: path.resolve(import.meta.dirname, '..'),
  selfImports: { '@crc/i18n': 'src/index.ts' },
});
