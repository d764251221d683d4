import { setFlagsFromString } from 'node:v8';

/**
 * V8's budget before a WebAssembly function is compiled again by its optimising compiler
 * (TurboFan), in V8's rough unit of bytes executed. V8's default is 1,800,000.
 */
export const WASM_TIERING_BUDGET = 180_000_000;

/**
 * Tier up only the WebAssembly functions that stay hot (issue 13, start and idle memory).
 * PGlite (PostgreSQL) and Prisma's query compiler are WebAssembly: at V8's default budget,
 * starting on a populated PGlite directory optimised most of what ran once (catalog loading,
 * migrations check, first plans), about 1 s of CPU on V8's background threads and 50 MB of
 * resident memory for code used once. At 100 times the budget a start optimises almost
 * nothing and the statements that run again and again (a request's) are still optimised after
 * a few requests; measured per request after the first 100 on PGlite, the same as the default
 * (`--liftoff-only`, never optimising, made a reach statement about 45% slower).
 * Must run before the WebAssembly is compiled: a module takes the budget when it is created.
 */
export function tierUpOnlyHotWasm(): void {
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
}
