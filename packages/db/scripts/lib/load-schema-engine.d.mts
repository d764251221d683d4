import type * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

/** The glue module of @prisma/schema-engine-wasm with its wasm instance set up (once per process). */
export declare function loadSchemaEngineModule(): Promise<typeof glue>;
