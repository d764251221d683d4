// @crc/dtm/testing: a local DTM v3 server for tests of code that talks to the DTM API.
export * from './local-dtm-server';
export * from './dtm-fixture-dataset';
