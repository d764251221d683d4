import type { CreateDbOptions, Db } from '@crc/db';
import { createTestGateway, type TestGateway } from './test-gateway';

/**
 * Makes Prisma emit a `query` event for every SQL statement it sends. With the driver
 * adapters used here (PrismaPg for PostgreSQL, PrismaPGlite for PGlite) the event fires
 * once per statement, relation loads included (a findMany with an include is two).
 */
export const STATEMENT_EVENTS = { log: [{ emit: 'event', level: 'query' }] } as const satisfies CreateDbOptions;

interface QueryEventSource {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

/** The SQL statements sent to the database while an operation ran. */
export interface StatementRecorder {
  during<T>(operation: () => Promise<T>): Promise<{ readonly result: T; readonly statements: readonly string[] }>;
}

/**
 * Records the statements of a client opened with STATEMENT_EVENTS. One operation at a
 * time: statements are attributed to whichever `during` is running.
 */
export function recordStatements(db: Db): StatementRecorder {
  let current: string[] | null = null;
  // The PrismaClient type does not know the log options it was opened with.
  (db.prisma as unknown as QueryEventSource).$on('query', (event) => current?.push(event.query));
  return {
    async during(operation) {
      if (current !== null) throw new Error('recordStatements: one operation at a time');
      const statements: string[] = [];
      current = statements;
      try {
        return { result: await operation(), statements };
      } finally {
        current = null;
      }
    },
  };
}

/** A test gateway (as createTestGateway) whose database reports every SQL statement. */
export interface RecordingTestGateway extends TestGateway {
  readonly statements: StatementRecorder;
}

export async function createRecordingTestGateway(env: Record<string, string> = {}): Promise<RecordingTestGateway> {
  const testGateway = await createTestGateway(env, STATEMENT_EVENTS);
  return { ...testGateway, statements: recordStatements(testGateway.db) };
}
