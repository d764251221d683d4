import { HouseholdMemberRemoveSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Household } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { ownHousehold } from './household-checks';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type RemoveHouseholdMemberInput = NullableInput<z.input<typeof HouseholdMemberRemoveSchema>>;

/**
 * A member leaves a household (CENTRE_STAFF of its centre, or ADMIN); the person's record
 * stays. The head cannot leave: make another member head first. The declared size drops
 * by one, never below the members who remain.
 */
export async function removeHouseholdMember(
  db: CommandDb,
  actor: Actor,
  input: RemoveHouseholdMemberInput,
): Promise<CommandResult<Household>> {
  const refused = peopleRoleRefused(actor, 'householdId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(HouseholdMemberRemoveSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const change = parsed.value;

  return inTransaction(db, async (tx) => {
    const household = await ownHousehold(tx, actor, 'householdId', change.householdId);
    if ('kind' in household) return household;
    if (household.headBeneficiaryId === change.beneficiaryId)
      return ruleBroken('beneficiaryId', 'is_head', 'is the head: make another member head before removing them');
    const removed = await tx.householdMember.deleteMany({
      where: { householdId: household.id, beneficiaryId: change.beneficiaryId },
    });
    if (removed.count === 0) return ruleBroken('beneficiaryId', 'not_a_member', 'is not a member of this household');
    const remaining = await tx.householdMember.count({ where: { householdId: household.id } });
    const updated = await tx.household.update({
      where: { id: household.id },
      data: { size: Math.max(remaining, household.size - 1) },
    });
    await writeAudit(tx, actor, {
      action: 'remove_member',
      entity: 'Household',
      entityId: household.id,
      before: { size: household.size, member: { beneficiaryId: change.beneficiaryId } },
      after: { size: updated.size },
    });
    return succeeded(updated);
  });
}
