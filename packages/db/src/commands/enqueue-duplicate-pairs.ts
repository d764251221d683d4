import { DuplicatePairsEnqueueSchema } from '@crc/domain';
import type { z } from 'zod';
import type { DuplicatePair } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { notFound, succeeded, type CommandResult } from './command-result';
import { orderedPair } from './duplicate-pair-checks';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type EnqueueDuplicatePairsInput = NullableInput<Omit<z.input<typeof DuplicatePairsEnqueueSchema>, 'pairs'>> & {
  readonly pairs: readonly NullableInput<z.input<typeof DuplicatePairsEnqueueSchema>['pairs'][number]>[];
};

export interface EnqueuedPairs {
  /** The pairs added to the queue, in input order. */
  readonly queued: readonly DuplicatePair[];
  /** How many pairs were in the queue already (in either order, whatever their status): left as they are. */
  readonly alreadyQueued: number;
}

/**
 * Puts probable duplicate pairs in the review queue (CENTRE_STAFF of both people's
 * centres, or ADMIN): what an import's or a registration's duplicate search found. A pair
 * already queued, pending or decided, is not queued again, so re-running an import adds
 * nothing. Each new pair is audited (ids, score and reasons; no personal values).
 */
export async function enqueueDuplicatePairs(
  db: CommandDb,
  actor: Actor,
  input: EnqueueDuplicatePairsInput,
): Promise<CommandResult<EnqueuedPairs>> {
  const refused = peopleRoleRefused(actor, 'pairs');
  if (refused !== undefined) return refused;
  const parsed = validateInput(DuplicatePairsEnqueueSchema, {
    ...withoutNulls(input),
    pairs: input.pairs.map((pair) => withoutNulls(pair)),
  });
  if (!parsed.ok) return parsed;
  const { pairs, source } = parsed.value;

  return inTransaction(db, async (tx) => {
    const ids = [...new Set(pairs.flatMap((pair) => [pair.beneficiaryAId, pair.beneficiaryBId]))];
    const people = await tx.beneficiary.findMany({
      where: { id: { in: ids } },
      select: { id: true, registrationCentreId: true },
    });
    const centreOf = new Map(people.map((person) => [person.id, person.registrationCentreId]));
    for (const [index, pair] of pairs.entries()) {
      for (const field of ['beneficiaryAId', 'beneficiaryBId'] as const) {
        const centre = centreOf.get(pair[field]);
        // Someone else's person is "not found", like no one: the queue is no way to probe other centres.
        if (centre === undefined || !mayActAt(actor, centre))
          return notFound('Beneficiary', `pairs.${index}.${field}`, pair[field]);
      }
    }
    const existing = await tx.duplicatePair.findMany({
      where: { OR: pairs.map((pair) => orderedPair(pair.beneficiaryAId, pair.beneficiaryBId)) },
      select: { beneficiaryAId: true, beneficiaryBId: true },
    });
    const seen = new Set(existing.map((pair) => `${pair.beneficiaryAId}|${pair.beneficiaryBId}`));
    const queued: DuplicatePair[] = [];
    let alreadyQueued = 0;
    for (const pair of pairs) {
      const ordered = orderedPair(pair.beneficiaryAId, pair.beneficiaryBId);
      const key = `${ordered.beneficiaryAId}|${ordered.beneficiaryBId}`;
      if (seen.has(key)) {
        alreadyQueued += 1;
        continue;
      }
      seen.add(key);
      const row = await tx.duplicatePair.create({
        data: { ...ordered, score: pair.score, reasons: pair.reasons, source },
      });
      await writeAudit(tx, actor, { action: 'enqueue', entity: 'DuplicatePair', entityId: row.id, after: row });
      queued.push(row);
    }
    return succeeded({ queued, alreadyQueued });
  });
}
