import { defineConfig } from 'prisma/config';

// Prisma CLI configuration. The URL is computed with a default because `env()` throws
// when the variable is unset, even for `prisma generate` (which never connects).
const LOCAL_DEFAULT_URL = 'postgresql://postgres@127.0.0.1:5432/crc';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? LOCAL_DEFAULT_URL,
    // Optional: a database `migrate dev` may wipe. Without it the stand-in engine
    // (scripts/schema-engine.mjs) creates and drops a temporary one.
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
