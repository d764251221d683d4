import type { CommandDb, Tx } from './in-transaction';

/** Savepoint names are unique per process, so joined commands may nest. */
let savepoints = 0;

/**
 * A CommandDb whose commands run inside a transaction the caller already opened, each
 * under a savepoint: a failure a command returns (or throws) undoes only what that command
 * wrote, and the caller's transaction goes on; the caller's commit or rollback decides
 * whether any of it stays. For importers that run many commands as one all-or-nothing unit.
 * (Prisma's own nested `$transaction` would do this, but the PGlite adapter does not
 * implement savepoints, so they are issued here as plain SQL.)
 */
export function joinedTransaction(tx: Tx): CommandDb {
  async function transaction<R>(work: (inner: Tx) => Promise<R>): Promise<R> {
    const name = `crc_command_${++savepoints}`;
    await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
    let result: R;
    try {
      result = await work(tx);
    } catch (error) {
      await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
      await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
      throw error;
    }
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  }
  return { $transaction: transaction } as unknown as CommandDb;
}
