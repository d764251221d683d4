export * from './import-registrations';
export * from './import-report';
export type { HouseholdChange } from './imported-updates';
export * from './registration-source';
export * from './write-registrations';
// The error a source that is no registration table throws (the readers are @crc/dtm's).
export { SourceFormatError } from '@crc/dtm';
