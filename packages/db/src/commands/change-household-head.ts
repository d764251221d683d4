import { HouseholdHeadChangeSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Household, HouseholdMember } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { ownHousehold } from './household-checks';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type ChangeHouseholdHeadInput = NullableInput<
  Omit<z.input<typeof HouseholdHeadChangeSchema>, 'otherRelationships'>
> & {
  readonly otherRelationships?: z.input<typeof HouseholdHeadChangeSchema>['otherRelationships'] | null;
};

/**
 * Another member becomes head (CENTRE_STAFF of the household's centre, or ADMIN). The
 * former head stays a member with the relationship given; other members' relationships
 * change only where the input restates them.
 */
export async function changeHouseholdHead(
  db: CommandDb,
  actor: Actor,
  input: ChangeHouseholdHeadInput,
): Promise<CommandResult<Household & { readonly members: readonly HouseholdMember[] }>> {
  const refused = peopleRoleRefused(actor, 'householdId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(HouseholdHeadChangeSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const change = parsed.value;

  return inTransaction(db, async (tx) => {
    const household = await ownHousehold(tx, actor, 'householdId', change.householdId);
    if ('kind' in household) return household;
    if (change.newHeadBeneficiaryId === household.headBeneficiaryId)
      return ruleBroken('newHeadBeneficiaryId', 'is_head', 'is already the head');
    const before = await tx.householdMember.findMany({ where: { householdId: household.id } });
    const isMember = new Set(before.map((member) => member.beneficiaryId));
    if (!isMember.has(change.newHeadBeneficiaryId))
      return ruleBroken('newHeadBeneficiaryId', 'not_a_member', 'must be a member of the household');
    for (const [index, other] of change.otherRelationships.entries()) {
      if (
        !isMember.has(other.beneficiaryId) ||
        other.beneficiaryId === change.newHeadBeneficiaryId ||
        other.beneficiaryId === household.headBeneficiaryId
      )
        return ruleBroken(
          `otherRelationships.${index}.beneficiaryId`,
          'not_a_member',
          'must be another member (neither the new nor the former head)',
        );
    }
    const relationship = (beneficiaryId: string, relationshipToHead: string) =>
      tx.householdMember.update({ where: { beneficiaryId }, data: { relationshipToHead } });
    await relationship(household.headBeneficiaryId, change.formerHeadRelationship);
    await relationship(change.newHeadBeneficiaryId, 'head');
    for (const other of change.otherRelationships) await relationship(other.beneficiaryId, other.relationshipToHead);
    const updated = await tx.household.update({
      where: { id: household.id },
      data: { headBeneficiaryId: change.newHeadBeneficiaryId },
      include: { members: true },
    });
    const relationships = (members: readonly HouseholdMember[]) =>
      Object.fromEntries(members.map((member) => [member.beneficiaryId, member.relationshipToHead]));
    await writeAudit(tx, actor, {
      action: 'change_head',
      entity: 'Household',
      entityId: household.id,
      before: { headBeneficiaryId: household.headBeneficiaryId, relationships: relationships(before) },
      after: { headBeneficiaryId: updated.headBeneficiaryId, relationships: relationships(updated.members) },
    });
    return succeeded(updated);
  });
}
