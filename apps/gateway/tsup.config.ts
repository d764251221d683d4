import { crcTsupConfig } from '@crc/tsup-config';
import type { Options } from 'tsup';

/**
 * Third-party packages the built gateway keeps as imports of their own; every other one is
 * bundled into dist/ (issue 13, start on a populated PGlite directory under 1.5 s): the
 * gateway's GraphQL stack (graphql, Pothos, yoga, envelop, whatwg-node, pino, prom-client,
 * ...) was about 200 modules, each resolved, read and compiled on its own, about 0.3 s of the
 * start's CPU. Kept out: the workspace packages (@crc/*, built on their own, with their own
 * dependencies) and what they share with the gateway (zod: one copy, so a ZodError is one
 * class), and what loads only on demand (ioredis, pg).
 */
const NOT_BUNDLED = /^(@crc\/|zod(\/|$)|ioredis(\/|$)|pg(\/|$))/;

/**
 * graphql-jit imports graphql's CommonJS files by name (`graphql/utilities/index.js`): bundled
 * as they are, they were a second graphql beside the ES modules Pothos and yoga import, and
 * graphql-jit's `isNonNullType` did not know the schema's types ("unsupported type: String!").
 * Resolved to their `.mjs` twins, the bundle holds one graphql.
 */
const oneGraphql: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'one-graphql',
  setup(build) {
    build.onResolve({ filter: /^graphql\/.+\.js$/ }, (args) =>
      build.resolve(args.path.replace(/\.js$/, '.mjs'), { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

export default crcTsupConfig({
  // An app: nothing imports it, so no declarations.
  entry: ['src/main.ts', 'src/print-schema.ts'],
  dts: false,
  noExternal: [new RegExp(`^(?!${NOT_BUNDLED.source.slice(1)})`)],
  esbuildPlugins: [oneGraphql],
  // Bundled CommonJS packages require Node's built-in modules: a require for an ES module.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
