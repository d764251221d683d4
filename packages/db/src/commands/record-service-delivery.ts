import { ServiceDeliveryCreateSchema } from '@crc/domain';
import type { z } from 'zod';
import type { ServiceDelivery } from '../generated/prisma/client';
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

export type RecordServiceDeliveryInput = NullableInput<z.input<typeof ServiceDeliveryCreateSchema>>;

/**
 * Records a service delivered to a person: CENTRE_STAFF of both the delivering centre
 * and the person's centre, or ADMIN. Refused (`consent_withdrawn`) once the person has
 * withdrawn consent to data processing.
 */
export async function recordServiceDelivery(
  db: CommandDb,
  actor: Actor,
  input: RecordServiceDeliveryInput,
): Promise<CommandResult<ServiceDelivery>> {
  const refused = peopleRoleRefused(actor, 'centreId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(ServiceDeliveryCreateSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const delivery = parsed.value;

  return inTransaction(db, async (tx) => {
    const problem =
      (await notOwnBeneficiary(tx, actor, 'beneficiaryId', delivery.beneficiaryId)) ??
      (await notOwnCentre(tx, actor, 'centreId', delivery.centreId)) ??
      (await consentRefused(tx, 'beneficiaryId', delivery.beneficiaryId, 'services'));
    if (problem !== undefined) return problem;
    if (delivery.projectId !== undefined) {
      const project = isRecordId(delivery.projectId)
        ? await tx.project.findUnique({ where: { id: delivery.projectId }, select: { id: true } })
        : null;
      if (project === null) return notFound('Project', 'projectId', delivery.projectId);
    }
    if (delivery.providerOrganisationId !== undefined) {
      const provider = isRecordId(delivery.providerOrganisationId)
        ? await tx.organisation.findUnique({ where: { id: delivery.providerOrganisationId }, select: { id: true } })
        : null;
      if (provider === null) return notFound('Organisation', 'providerOrganisationId', delivery.providerOrganisationId);
    }
    const row = await tx.serviceDelivery.create({
      data: {
        beneficiaryId: delivery.beneficiaryId,
        centreId: delivery.centreId,
        projectId: delivery.projectId ?? null,
        providerOrganisationId: delivery.providerOrganisationId ?? null,
        serviceType: delivery.serviceType,
        course: delivery.course ?? null,
        deliveredOn: dateColumn(delivery.deliveredOn),
      },
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'ServiceDelivery', entityId: row.id, after: row });
    return succeeded(row);
  });
}
