// @crc/db: the CRC Platform database (Prisma schema, migrations, client factory, reference data).
export * from './create-db';
export * from './database-location';
export * from './demo/index';
export * from './migrations/index';
export * from './reference/index';
export * from './sql/index';
export * from './status/index';
export * from './generated/prisma/client';
export * from './pothos';
export * from './aggregations/index';
export * from './commands/index';
export * from './displacement/index';
export * from './feedback/index';
export * from './search/index';
export * from './idempotency/index';
export * from './api-keys/index';
export * from './centres/index';
