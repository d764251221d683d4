export * from './api-key-by-hash';
