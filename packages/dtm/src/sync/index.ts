export * from './sync-from-dtm-api';
