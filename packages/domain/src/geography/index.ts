export * from './pcode';
export * from './admin-level';
export type * from './admin-area';
