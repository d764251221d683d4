import type { DuplicatePair } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { notFound, type Invalid, type NotFound } from './command-result';
import type { Tx } from './in-transaction';
import { ruleBroken } from './input-error';
import { isRecordId } from './record-checks';

/** A pair in id order: the queue stores (A, B) with A < B, so the same two people are one pair. */
export function orderedPair(first: string, second: string): { beneficiaryAId: string; beneficiaryBId: string } {
  return first < second
    ? { beneficiaryAId: first, beneficiaryBId: second }
    : { beneficiaryAId: second, beneficiaryBId: first };
}

/**
 * The pending pair named by `field`, locked for the decision. A pair is the actor's when
 * they may act on both people (ADMIN, or staff of both people's centres); any other pair is
 * "not found", like one that does not exist, so the queue tells no one about other centres' people.
 */
export async function pendingPair(
  tx: Tx,
  actor: Actor,
  field: string,
  pairId: string,
): Promise<DuplicatePair | NotFound | Invalid> {
  const locked = isRecordId(pairId)
    ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM duplicate_pair WHERE id = ${pairId}::uuid FOR UPDATE`
    : [];
  const pair =
    locked.length === 0
      ? null
      : await tx.duplicatePair.findUnique({
          where: { id: pairId },
          include: {
            beneficiaryA: { select: { registrationCentreId: true } },
            beneficiaryB: { select: { registrationCentreId: true } },
          },
        });
  if (
    pair === null ||
    !mayActAt(actor, pair.beneficiaryA.registrationCentreId) ||
    !mayActAt(actor, pair.beneficiaryB.registrationCentreId)
  )
    return notFound('DuplicatePair', field, pairId);
  if (pair.status !== 'pending')
    return ruleBroken(field, 'already_decided', `was already decided (${pair.status})`, { status: pair.status });
  const { beneficiaryA: _a, beneficiaryB: _b, ...row } = pair;
  return row;
}
