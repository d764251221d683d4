export type * from './sql-executor';
export * from './pg-executor';
export * from './pglite-executor';
export * from './postgres-error-code';
export * from './copy-text';
