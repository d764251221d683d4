import crc from '@crc/eslint-config';

export default [
  ...crc,
  {
    // The schema-engine stand-in is plain Node JavaScript (it runs before any build).
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', WebAssembly: 'readonly' },
    },
  },
];
