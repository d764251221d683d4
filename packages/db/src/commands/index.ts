// Every write to the database: validate, one transaction, one audit entry, a typed result. See README "Writing a command".
export * from './actor';
export * from './command-result';
export * from './create-project';
export * from './date-column';
export * from './in-transaction';
export * from './input-error';
export * from './nullable-input';
export * from './project-record';
export * from './record-checks';
export * from './update-project';
export * from './write-audit';
