import { DuplicateKeepApartSchema } from '@crc/domain';
import type { z } from 'zod';
import type { DuplicatePair } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { pendingPair } from './duplicate-pair-checks';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type KeepDuplicatePairApartInput = NullableInput<z.input<typeof DuplicateKeepApartSchema>>;

/** Decides that a pending pair are two different people (CENTRE_STAFF of both people's centres, or ADMIN), with the reason. */
export async function keepDuplicatePairApart(
  db: CommandDb,
  actor: Actor,
  input: KeepDuplicatePairApartInput,
): Promise<CommandResult<DuplicatePair>> {
  const refused = peopleRoleRefused(actor, 'pairId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(DuplicateKeepApartSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const decision = parsed.value;

  return inTransaction(db, async (tx) => {
    const pair = await pendingPair(tx, actor, 'pairId', decision.pairId);
    if ('kind' in pair) return pair;
    const decided = await tx.duplicatePair.update({
      where: { id: pair.id },
      data: { status: 'kept_apart', decidedBy: actor.name, decidedAt: new Date(), decisionReason: decision.reason },
    });
    await writeAudit(tx, actor, {
      action: 'keep_apart',
      entity: 'DuplicatePair',
      entityId: pair.id,
      before: pair,
      after: decided,
    });
    return succeeded(decided);
  });
}
