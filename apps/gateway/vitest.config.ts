import { crcVitestConfig } from '@crc/vitest-config';
import { mergeConfig } from 'vitest/config';

// graphql ships both index.mjs and index.js; Pothos (loaded by Node) gets the CommonJS
// build, so our own imports must resolve to the same file or graphql sees two realms.
export default mergeConfig(crcVitestConfig(), {
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
});
