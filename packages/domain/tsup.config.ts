import { crcTsupConfig } from '@crc/tsup-config';

export default crcTsupConfig({
  // One entry per subpath export; shared code goes into chunks, so a bundler that imports
  // one function from the root entry skips the chunks it does not use (sideEffects: false).
  entry: {
    index: 'src/index.ts',
    rules: 'src/rules/index.ts',
    geography: 'src/geography/index.ts',
    vocabularies: 'src/vocabularies/index.ts',
    schemas: 'src/schemas/index.ts',
  },
});
