import type { Tx } from '@crc/db';
import type { ImportDb } from './import-registrations';

const HOUR = 60 * 60 * 1000;

/** The transaction's statements may run `ms` each (0: without limit), whatever the connection's statement_timeout. */
export async function setLocalStatementTimeout(tx: Tx, ms: number): Promise<void> {
  if (!Number.isInteger(ms) || ms < 0)
    throw new RangeError(`statementTimeoutMs must be a whole number >= 0, not ${ms}`);
  // SET takes no bind parameter; the number was checked above.
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${ms}`);
}

/**
 * Runs read-only work with its own statement_timeout: in a transaction of its own with SET
 * LOCAL, so the setting ends with it and never reaches another request's use of the pooled
 * connection. Without `ms`, on the client as it is.
 */
export async function withStatementTimeout<T>(
  db: ImportDb,
  ms: number | undefined,
  work: (client: Tx | ImportDb['prisma']) => Promise<T>,
): Promise<T> {
  if (ms === undefined) return work(db.prisma);
  return db.prisma.$transaction(
    async (tx) => {
      await setLocalStatementTimeout(tx, ms);
      return work(tx);
    },
    { timeout: 6 * HOUR, maxWait: 60_000 },
  );
}
