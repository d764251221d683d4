import { mayActAt, type Actor } from './actor';
import { forbidden, notFound, type Forbidden, type NotFound } from './command-result';
import type { Tx } from './in-transaction';
import { isRecordId } from './record-checks';

/*
 * The records a people command names, checked inside its transaction in the order a
 * caller can fix them: does it exist (NotFound), may this actor act on it (Forbidden).
 * Staff learn nothing about a person of another centre beyond "not yours".
 */

/** The centre named by `field`, which the actor must work for (ADMIN: any). */
export async function notOwnCentre(
  tx: Tx,
  actor: Actor,
  field: string,
  centreId: string,
): Promise<NotFound | Forbidden | undefined> {
  const centre = isRecordId(centreId)
    ? await tx.centre.findUnique({ where: { id: centreId }, select: { id: true } })
    : null;
  if (centre === null) return notFound('Centre', field, centreId);
  return mayActAt(actor, centreId) ? undefined : forbidden(field, 'centre_not_yours', centreId);
}

/** The person named by `field`, who must be registered at one of the actor's centres (ADMIN: anyone). */
export async function notOwnBeneficiary(
  tx: Tx,
  actor: Actor,
  field: string,
  beneficiaryId: string,
): Promise<NotFound | Forbidden | undefined> {
  const person = isRecordId(beneficiaryId)
    ? await tx.beneficiary.findUnique({ where: { id: beneficiaryId }, select: { registrationCentreId: true } })
    : null;
  if (person === null) return notFound('Beneficiary', field, beneficiaryId);
  return mayActAt(actor, person.registrationCentreId) ? undefined : forbidden(field, 'person_not_yours');
}

/** Commands on people's records: CENTRE_STAFF (of the centres named) and ADMIN only. */
export function peopleRoleRefused(actor: Actor, field: string): Forbidden | undefined {
  return actor.role === 'ADMIN' || actor.role === 'CENTRE_STAFF' ? undefined : forbidden(field, 'role');
}
