import { ENGAGEMENT_TYPES, EngagementEventCreateSchema } from '@crc/domain';
import { z } from 'zod';
import type { EngagementEvent } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { isRecordId, missingArea } from './record-checks';
import { writeAudit } from './write-audit';

/** Notes are stored with the event; the domain schema has no field for them. */
const NewEngagementEventSchema = EngagementEventCreateSchema.safeExtend({
  notes: z.string().trim().max(2000).optional(),
});

export type RecordEngagementEventInput = NullableInput<z.input<typeof NewEngagementEventSchema>>;

/**
 * Records a community engagement event. CENTRE_STAFF record events of their own
 * centres (a centreId is then required); ADMIN records any. The area defaults to the
 * centre's, then the project's; the title to the English label of its kind.
 */
export async function recordEngagementEvent(
  db: CommandDb,
  actor: Actor,
  input: RecordEngagementEventInput,
): Promise<CommandResult<EngagementEvent>> {
  if (actor.role !== 'ADMIN' && actor.role !== 'CENTRE_STAFF') return forbidden('centreId', 'role');
  const parsed = validateInput(NewEngagementEventSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const event = parsed.value;
  if (actor.role !== 'ADMIN' && (event.centreId === undefined || !mayActAt(actor, event.centreId))) {
    return forbidden('centreId', 'centre_not_yours', event.centreId);
  }

  return inTransaction(db, async (tx) => {
    const centre =
      event.centreId === undefined
        ? null
        : await tx.centre.findUnique({ where: { id: event.centreId }, select: { areaPcode: true } });
    if (event.centreId !== undefined && centre === null) return notFound('Centre', 'centreId', event.centreId);
    const project =
      event.projectId === undefined || !isRecordId(event.projectId)
        ? null
        : await tx.project.findUnique({ where: { id: event.projectId }, select: { areaPcode: true } });
    if (event.projectId !== undefined && project === null) return notFound('Project', 'projectId', event.projectId);

    const areaPcode = event.areaPcode ?? centre?.areaPcode ?? project?.areaPcode ?? undefined;
    if (areaPcode === undefined)
      return ruleBroken('areaPcode', 'required', 'give the area: neither the centre nor the project has one');
    const missing = missingArea('areaPcode', areaPcode);
    if (missing !== undefined) return missing;

    const row = await tx.engagementEvent.create({
      data: {
        centreId: event.centreId ?? null,
        projectId: event.projectId ?? null,
        areaPcode,
        type: event.engagementType,
        title:
          event.title ??
          ENGAGEMENT_TYPES.find((type) => type.code === event.engagementType)?.label ??
          event.engagementType,
        heldOn: dateColumn(event.heldOn),
        participantsFemale: event.participants.female,
        participantsMale: event.participants.male,
        notes: event.notes ?? null,
      },
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'EngagementEvent', entityId: row.id, after: row });
    return succeeded(row);
  });
}
