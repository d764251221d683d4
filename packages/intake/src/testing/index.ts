// @crc/intake/testing: a local KoboToolbox server and fixture forms, submissions and spreadsheets for tests and the demo.
export * from './local-kobo-server';
export * from './kobo-fixture-form';
export * from './kobo-fixture-submissions';
export * from './seeded-random';
export * from './synthetic-names';
export * from './registration-fixture';
