import { mayActAt, type Actor } from './actor';
import { forbidden, notFound, type Forbidden, type NotFound } from './command-result';
import type { Tx } from './in-transaction';
import { isRecordId } from './record-checks';

/*
 * The records a people command names, checked inside its transaction. Centres are
 * public: a missing one is NotFound, another centre's is Forbidden. People are not: a
 * person the actor may not act on is NotFound, exactly as an id nobody has, so a staff
 * key cannot learn whether someone is registered at another centre.
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

/**
 * The person named by `field`, who must be registered at one of the actor's centres
 * (ADMIN: anyone); NotFound otherwise, whether or not the person exists elsewhere.
 */
export async function notOwnBeneficiary(
  tx: Tx,
  actor: Actor,
  field: string,
  beneficiaryId: string,
): Promise<NotFound | undefined> {
  const person = isRecordId(beneficiaryId)
    ? await tx.beneficiary.findUnique({ where: { id: beneficiaryId }, select: { registrationCentreId: true } })
    : null;
  return person !== null && mayActAt(actor, person.registrationCentreId)
    ? undefined
    : notFound('Beneficiary', field, beneficiaryId);
}

/** Commands on people's records: CENTRE_STAFF (of the centres named) and ADMIN only. */
export function peopleRoleRefused(actor: Actor, field: string): Forbidden | undefined {
  return actor.role === 'ADMIN' || actor.role === 'CENTRE_STAFF' ? undefined : forbidden(field, 'role');
}
