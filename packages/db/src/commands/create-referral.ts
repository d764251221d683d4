import { ReferralCreateSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Referral } from '../generated/prisma/client';
import type { Actor } from './actor';
import { notFound, succeeded, type CommandResult } from './command-result';
import { consentRefused } from './consent-checks';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { notOwnBeneficiary, notOwnCentre, peopleRoleRefused } from './people-checks';
import { isRecordId } from './record-checks';
import { writeAudit } from './write-audit';

export type CreateReferralInput = NullableInput<z.input<typeof ReferralCreateSchema>>;

/**
 * Refers a person to a service provider: CENTRE_STAFF of the person's centre and of the
 * referring centre, or ADMIN. Writes the referral, the first entry of its status
 * history (naming the actor) and its audit entry. Refused (`consent_withdrawn`) when the
 * person's consent does not allow sharing with partners (@crc/domain consentAllows).
 */
export async function createReferral(
  db: CommandDb,
  actor: Actor,
  input: CreateReferralInput,
): Promise<CommandResult<Referral>> {
  const refused = peopleRoleRefused(actor, 'fromCentreId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(ReferralCreateSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const referral = parsed.value;

  return inTransaction(db, async (tx) => {
    const problem =
      (await notOwnBeneficiary(tx, actor, 'beneficiaryId', referral.beneficiaryId)) ??
      (await notOwnCentre(tx, actor, 'fromCentreId', referral.fromCentreId)) ??
      (await consentRefused(tx, 'beneficiaryId', referral.beneficiaryId, 'referral_to_partner'));
    if (problem !== undefined) return problem;
    const organisation = isRecordId(referral.toOrganisationId)
      ? await tx.organisation.findUnique({ where: { id: referral.toOrganisationId }, select: { id: true } })
      : null;
    if (organisation === null) return notFound('Organisation', 'toOrganisationId', referral.toOrganisationId);
    const row = await tx.referral.create({
      data: {
        beneficiaryId: referral.beneficiaryId,
        fromCentreId: referral.fromCentreId,
        toOrganisationId: referral.toOrganisationId,
        serviceType: referral.serviceType,
        status: referral.status,
        reason: referral.reason,
        referredOn: dateColumn(referral.referredOn),
        followUpOn: referral.followUpOn === undefined ? null : dateColumn(referral.followUpOn),
        statusChanges: { create: { fromStatus: null, toStatus: referral.status, changedBy: actor.name } },
      },
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'Referral', entityId: row.id, after: row });
    return succeeded(row);
  });
}
