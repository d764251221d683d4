export * from './import-registrations';
export * from './import-report';
export * from './registration-source';
export * from './write-registrations';
