export * from './cross-table';
export * from './shares';
export * from './suppress';
