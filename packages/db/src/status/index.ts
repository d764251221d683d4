export * from './database-status';
export * from './format-status';
