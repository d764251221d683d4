import { DuplicateMergeSchema } from '@crc/domain';
import type { z } from 'zod';
import type { DuplicatePair } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult, type Invalid } from './command-result';
import { orderedPair, pendingPair } from './duplicate-pair-checks';
import { inTransaction, type CommandDb, type Tx } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type MergeDuplicatePairInput = NullableInput<z.input<typeof DuplicateMergeSchema>>;

export interface Merge {
  readonly pair: DuplicatePair;
  readonly keptBeneficiaryId: string;
  readonly mergedBeneficiaryId: string;
  /** What moved from the merged record to the kept one. */
  readonly moved: {
    readonly serviceDeliveries: number;
    readonly referrals: number;
    readonly feedbackEntries: number;
    readonly householdMembership: boolean;
  };
}

/**
 * The merged person's household membership goes to the kept one: taken over when the
 * kept person is in no household, dropped when both are in the same one (the kept person
 * heads it if the merged one did). Members of two different households are refused:
 * which household is right is a decision for staff (remove one from theirs first).
 */
async function moveMembership(tx: Tx, keptId: string, mergedId: string): Promise<boolean | Invalid> {
  const [kept, merged] = await Promise.all([
    tx.householdMember.findUnique({ where: { beneficiaryId: keptId } }),
    tx.householdMember.findUnique({
      where: { beneficiaryId: mergedId },
      include: { household: { select: { headBeneficiaryId: true } } },
    }),
  ]);
  if (merged === null) return false;
  const mergedWasHead = merged.household.headBeneficiaryId === mergedId;
  if (kept === null) {
    await tx.householdMember.delete({ where: { beneficiaryId: mergedId } });
    if (mergedWasHead)
      await tx.household.update({ where: { id: merged.householdId }, data: { headBeneficiaryId: keptId } });
    await tx.householdMember.create({
      data: { householdId: merged.householdId, beneficiaryId: keptId, relationshipToHead: merged.relationshipToHead },
    });
    return true;
  }
  if (kept.householdId !== merged.householdId)
    return ruleBroken(
      'keepBeneficiaryId',
      'in_other_household',
      'the two people belong to different households: remove one of them from theirs first',
    );
  await tx.householdMember.delete({ where: { beneficiaryId: mergedId } });
  if (mergedWasHead) {
    await tx.household.update({ where: { id: merged.householdId }, data: { headBeneficiaryId: keptId } });
    await tx.householdMember.update({ where: { beneficiaryId: keptId }, data: { relationshipToHead: 'head' } });
  }
  return true;
}

/**
 * Other pending pairs of the merged person now concern the kept one: re-pointed, or
 * dropped where they would pair the kept person with themself or repeat a queued pair.
 */
async function repointPendingPairs(tx: Tx, decidedPairId: string, keptId: string, mergedId: string): Promise<void> {
  const pairs = await tx.duplicatePair.findMany({
    where: {
      id: { not: decidedPairId },
      status: 'pending',
      OR: [{ beneficiaryAId: mergedId }, { beneficiaryBId: mergedId }],
    },
  });
  for (const pair of pairs) {
    const other = pair.beneficiaryAId === mergedId ? pair.beneficiaryBId : pair.beneficiaryAId;
    const ordered = orderedPair(keptId, other);
    const duplicate =
      other === keptId ||
      (await tx.duplicatePair.findUnique({
        where: { beneficiaryAId_beneficiaryBId: ordered },
        select: { id: true },
      })) !== null;
    if (duplicate) await tx.duplicatePair.delete({ where: { id: pair.id } });
    else await tx.duplicatePair.update({ where: { id: pair.id }, data: ordered });
  }
}

/**
 * Merges a pending pair (CENTRE_STAFF of both people's centres, or ADMIN): the person
 * named by `keepBeneficiaryId` stays; the other's service deliveries, referrals, feedback
 * links and household membership move to them, and the other's record is marked merged
 * into the kept one (it stays, for the audit trail, and leaves every figure as it has no
 * deliveries left). One transaction, audited on the pair and on the merged person.
 */
export async function mergeDuplicatePair(
  db: CommandDb,
  actor: Actor,
  input: MergeDuplicatePairInput,
): Promise<CommandResult<Merge>> {
  const refused = peopleRoleRefused(actor, 'pairId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(DuplicateMergeSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const decision = parsed.value;

  return inTransaction(db, async (tx) => {
    const pair = await pendingPair(tx, actor, 'pairId', decision.pairId);
    if ('kind' in pair) return pair;
    const keptId = decision.keepBeneficiaryId;
    if (keptId !== pair.beneficiaryAId && keptId !== pair.beneficiaryBId)
      return ruleBroken('keepBeneficiaryId', 'not_in_pair', 'must be one of the two people of the pair');
    const mergedId = keptId === pair.beneficiaryAId ? pair.beneficiaryBId : pair.beneficiaryAId;
    await tx.$queryRaw`SELECT id FROM beneficiary WHERE id IN (${keptId}::uuid, ${mergedId}::uuid) ORDER BY id FOR UPDATE`;
    const people = await tx.beneficiary.findMany({
      where: { id: { in: [keptId, mergedId] } },
      select: { id: true, mergedIntoId: true },
    });
    if (people.some((person) => person.mergedIntoId !== null))
      return ruleBroken('pairId', 'merged_person', 'one of the two was already merged into another record');

    const membership = await moveMembership(tx, keptId, mergedId);
    if (typeof membership !== 'boolean') return membership;
    const serviceDeliveries = await tx.serviceDelivery.updateMany({
      where: { beneficiaryId: mergedId },
      data: { beneficiaryId: keptId },
    });
    const referrals = await tx.referral.updateMany({
      where: { beneficiaryId: mergedId },
      data: { beneficiaryId: keptId },
    });
    const feedbackEntries = await tx.feedbackEntry.updateMany({
      where: { beneficiaryId: mergedId },
      data: { beneficiaryId: keptId },
    });
    await tx.beneficiary.update({ where: { id: mergedId }, data: { mergedIntoId: keptId } });
    await repointPendingPairs(tx, pair.id, keptId, mergedId);
    const decided = await tx.duplicatePair.update({
      where: { id: pair.id },
      data: {
        status: 'merged',
        keptBeneficiaryId: keptId,
        decidedBy: actor.name,
        decidedAt: new Date(),
        decisionReason: decision.reason,
      },
    });
    const moved = {
      serviceDeliveries: serviceDeliveries.count,
      referrals: referrals.count,
      feedbackEntries: feedbackEntries.count,
      householdMembership: membership,
    };
    await writeAudit(tx, actor, {
      action: 'merge',
      entity: 'DuplicatePair',
      entityId: pair.id,
      before: pair,
      after: decided,
    });
    await writeAudit(tx, actor, {
      action: 'merge',
      entity: 'Beneficiary',
      entityId: mergedId,
      before: { mergedIntoId: null },
      after: { mergedIntoId: keptId, moved },
    });
    return succeeded({ pair: decided, keptBeneficiaryId: keptId, mergedBeneficiaryId: mergedId, moved });
  });
}
