import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { CommandResult } from './command-result';

/** What a command needs of the database: a client that can run an interactive transaction. */
export type CommandDb = Pick<PrismaClient, '$transaction'>;

/** The transaction a command works in. */
export type Tx = Prisma.TransactionClient;

/** Carries a failure out of the transaction callback, so Prisma rolls everything back. */
class RolledBack extends Error {
  constructor(readonly failure: { readonly ok: false }) {
    super('command failed; transaction rolled back');
  }
}

/**
 * Runs `work` in one transaction. A success commits; a failure it returns rolls back
 * whatever `work` wrote before finding the problem, and is returned as it is.
 */
export async function inTransaction<T, F extends { readonly ok: false; readonly kind: string }>(
  db: CommandDb,
  work: (tx: Tx) => Promise<CommandResult<T, F>>,
): Promise<CommandResult<T, F>> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new RolledBack(result);
      return result;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.failure as F;
    throw error;
  }
}
