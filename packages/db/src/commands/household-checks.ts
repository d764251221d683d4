import { consentAllows } from '@crc/domain';
import type { Household } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { notFound, type Forbidden, type Invalid, type NotFound } from './command-result';
import { CONSENT_SELECT, consentOf } from './consent-state';
import type { Tx } from './in-transaction';
import { ruleBroken } from './input-error';
import { notOwnBeneficiary } from './people-checks';
import { isRecordId } from './record-checks';

/*
 * The records a household command names, checked inside its transaction. A household of
 * a centre the actor does not work for is "not found", like one that does not exist:
 * households are personal data, and their existence is no one else's business.
 */

/** The household named by `field`, read for update; NotFound when missing or not the actor's. */
export async function ownHousehold(
  tx: Tx,
  actor: Actor,
  field: string,
  householdId: string,
): Promise<Household | NotFound> {
  // FOR UPDATE: two commands changing the same household's members or head run one after the other.
  const rows = isRecordId(householdId)
    ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM household WHERE id = ${householdId}::uuid FOR UPDATE`
    : [];
  const household = rows.length === 0 ? null : await tx.household.findUnique({ where: { id: householdId } });
  if (household === null || !mayActAt(actor, household.registrationCentreId))
    return notFound('Household', field, householdId);
  return household;
}

/**
 * A registered person who may join a household of `centreId`: the actor's, registered at
 * that centre, not erased nor merged away, with consent to data processing in force, and
 * in no household yet.
 */
export async function notJoinable(
  tx: Tx,
  actor: Actor,
  field: string,
  beneficiaryId: string,
  centreId: string,
): Promise<NotFound | Forbidden | Invalid | undefined> {
  const problem = await notOwnBeneficiary(tx, actor, field, beneficiaryId);
  if (problem !== undefined) return problem;
  const person = await tx.beneficiary.findUniqueOrThrow({
    where: { id: beneficiaryId },
    select: {
      registrationCentreId: true,
      erasedAt: true,
      mergedIntoId: true,
      householdMembership: { select: { householdId: true } },
      ...CONSENT_SELECT,
    },
  });
  if (person.registrationCentreId !== centreId)
    return ruleBroken(field, 'other_centre', 'must be registered at the household’s centre');
  if (person.erasedAt !== null)
    return ruleBroken(field, 'erased_person', 'was erased: an anonymous record cannot join a household');
  if (person.mergedIntoId !== null)
    return ruleBroken(field, 'merged_person', 'was merged into another record: name that record instead');
  if (!consentAllows(consentOf(person), 'services'))
    return ruleBroken(field, 'consent_withdrawn', 'withdrew consent to data processing');
  if (person.householdMembership !== null)
    return ruleBroken(field, 'in_other_household', 'already belongs to a household: remove them from it first');
  return undefined;
}
