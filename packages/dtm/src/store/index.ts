export * from './figure-row';
export * from './rejected-row';
export * from './upsert-figures';
export * from './import-batch-run';
