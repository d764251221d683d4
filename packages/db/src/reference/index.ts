export * from './load-reference-data';
export type * from './load-counts';
