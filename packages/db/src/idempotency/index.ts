export * from './idempotent-writes';
