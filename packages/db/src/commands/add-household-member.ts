import { HouseholdMemberAddSchema } from '@crc/domain';
import type { z } from 'zod';
import type { HouseholdMember } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { notJoinable, ownHousehold } from './household-checks';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { writeAudit } from './write-audit';

export type AddHouseholdMemberInput = NullableInput<z.input<typeof HouseholdMemberAddSchema>>;

/**
 * A registered person joins a household (CENTRE_STAFF of its centre, or ADMIN). The
 * declared size grows when the registered members would outnumber it.
 */
export async function addHouseholdMember(
  db: CommandDb,
  actor: Actor,
  input: AddHouseholdMemberInput,
): Promise<CommandResult<HouseholdMember>> {
  const refused = peopleRoleRefused(actor, 'householdId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(HouseholdMemberAddSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const change = parsed.value;

  return inTransaction(db, async (tx) => {
    const household = await ownHousehold(tx, actor, 'householdId', change.householdId);
    if ('kind' in household) return household;
    const problem = await notJoinable(tx, actor, 'beneficiaryId', change.beneficiaryId, household.registrationCentreId);
    if (problem !== undefined) return problem;
    const member = await tx.householdMember.create({
      data: {
        householdId: household.id,
        beneficiaryId: change.beneficiaryId,
        relationshipToHead: change.relationshipToHead,
      },
    });
    const members = await tx.householdMember.count({ where: { householdId: household.id } });
    const size = Math.max(household.size, members);
    if (size !== household.size) await tx.household.update({ where: { id: household.id }, data: { size } });
    await writeAudit(tx, actor, {
      action: 'add_member',
      entity: 'Household',
      entityId: household.id,
      before: { size: household.size },
      after: { size, member: { beneficiaryId: member.beneficiaryId, relationshipToHead: member.relationshipToHead } },
    });
    return succeeded(member);
  });
}
