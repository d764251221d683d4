// @crc/db/testing: helpers for test suites of packages that use the database.
export * from './test-database';
export * from './synthetic-population';
