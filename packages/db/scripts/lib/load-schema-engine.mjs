// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm).
//
// The package's entry imports its .wasm file as an ES module, which Node cannot do, so
// we instantiate the .wasm ourselves with the package's wasm-bindgen glue module as the
// import namespace the binary expects ("./schema_engine_bg.js").
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

/** @type {Promise<typeof glue> | undefined} */
let loaded;

/** The glue module with its wasm instance set up; instantiated once per process (the glue holds module-level state). */
export function loadSchemaEngineModule() {
  loaded ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmBytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    /** @type {{ __wbindgen_start: () => void }} */ (/** @type {unknown} */ (instance.exports)).__wbindgen_start();
    return glue;
  })();
  return loaded;
}
