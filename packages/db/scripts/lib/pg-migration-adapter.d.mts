import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** Migration-aware adapter factory over @prisma/adapter-pg with the "char" OID and shadow-database work-arounds. */
export declare function createPgMigrationAdapterFactory(datasource: {
  url: string;
  shadowDatabaseUrl?: string | undefined;
}): SqlMigrationAwareDriverAdapterFactory;

/** The URL with another database name. */
export declare function withDatabase(url: string, database: string): string;

/** The database name of a postgres URL ("postgres" when the URL names none). */
export declare function databaseOf(url: string): string;
