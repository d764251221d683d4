export * from './rejected-row';
export * from './import-batch-run';
