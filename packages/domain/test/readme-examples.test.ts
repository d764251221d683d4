// Every example in README.md runs and prints what the README says (see @crc/vitest-config/readme-examples).
import path from 'node:path';
import { describeReadmeExamples } from '@crc/vitest-config/readme-examples';

describeReadmeExamples({
  packageDir: path.resolve(import.meta.dirname, '..'),
  selfImports: {
    '@crc/domain': 'src/index.ts',
    '@crc/domain/rules': 'src/rules/index.ts',
    '@crc/domain/geography': 'src/geography/index.ts',
    '@crc/domain/vocabularies': 'src/vocabularies/index.ts',
    '@crc/domain/schemas': 'src/schemas/index.ts',
  },
});
