import { FeedbackEntryCreateSchema, responseDueOn, sensitivityOfCategory } from '@crc/domain';
import type { z } from 'zod';
import { FEEDBACK_RECORD, feedbackAuditView, type FeedbackRecord } from '../feedback/feedback-record';
import { type Actor, mayActAt } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { isRecordId, missingArea, missingProgramme } from './record-checks';
import { writeAudit } from './write-audit';

export type RecordFeedbackInput = NullableInput<z.input<typeof FeedbackEntryCreateSchema>>;

/**
 * Records a piece of feedback or a complaint as `received`, with the sensitivity and
 * response deadline its category implies, and the first line of its history.
 * Who may record: ADMIN, or staff of the entry's centre (feedback about a project or a
 * programme alone: ADMIN). A linked person must be registered at a centre the actor
 * works for. The audit entry holds codes and ids, never what was said or who said it.
 */
export async function recordFeedback(
  db: CommandDb,
  actor: Actor,
  input: RecordFeedbackInput,
): Promise<CommandResult<FeedbackRecord>> {
  if (actor.role !== 'ADMIN' && actor.role !== 'CENTRE_STAFF') return forbidden('centreId', 'role');
  const parsed = validateInput(FeedbackEntryCreateSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const entry = parsed.value;
  if (entry.centreId === undefined && actor.role !== 'ADMIN') return forbidden('centreId', 'role');

  return inTransaction(db, async (tx) => {
    if (entry.centreId !== undefined) {
      const centre = await tx.centre.findUnique({ where: { id: entry.centreId }, select: { id: true } });
      if (centre === null) return notFound('Centre', 'centreId', entry.centreId);
      if (!mayActAt(actor, centre.id)) return forbidden('centreId', 'centre_not_yours', centre.id);
    }
    const missing =
      (entry.programmeId === undefined ? undefined : await missingProgramme(tx, 'programmeId', entry.programmeId)) ??
      (entry.areaPcode === undefined ? undefined : missingArea('areaPcode', entry.areaPcode));
    if (missing !== undefined) return missing;
    if (entry.projectId !== undefined) {
      const project = isRecordId(entry.projectId)
        ? await tx.project.findUnique({ where: { id: entry.projectId }, select: { id: true } })
        : null;
      if (project === null) return notFound('Project', 'projectId', entry.projectId);
    }
    if (entry.beneficiaryId !== undefined) {
      const person = await tx.beneficiary.findUnique({
        where: { id: entry.beneficiaryId },
        select: { registrationCentreId: true },
      });
      // A person the actor may not see is "not found", not "forbidden": the answer must not confirm they exist.
      if (person === null || !mayActAt(actor, person.registrationCentreId))
        return notFound('Beneficiary', 'beneficiaryId', entry.beneficiaryId);
    }

    const row = await tx.feedbackEntry.create({
      data: {
        channel: entry.channel,
        category: entry.category,
        sensitivity: sensitivityOfCategory(entry.category),
        language: entry.language,
        status: 'received',
        summary: entry.summary,
        receivedOn: dateColumn(entry.receivedOn),
        responseDueOn: dateColumn(responseDueOn(entry.receivedOn, entry.category)),
        areaPcode: entry.areaPcode ?? null,
        centreId: entry.centreId ?? null,
        projectId: entry.projectId ?? null,
        programmeId: entry.programmeId ?? null,
        beneficiaryId: entry.beneficiaryId ?? null,
        anonymous: entry.anonymous,
        consentToReply: entry.consentToReply,
        contactName: entry.contact?.name ?? null,
        contactPhone: entry.contact?.phone ?? null,
        contactEmail: entry.contact?.email ?? null,
        statusChanges: {
          create: {
            action: 'record',
            fromStatus: null,
            toStatus: 'received',
            changedOn: dateColumn(entry.receivedOn),
            changedBy: actor.name,
          },
        },
      },
      select: FEEDBACK_RECORD,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'FeedbackEntry',
      entityId: row.id,
      after: feedbackAuditView(row),
    });
    return succeeded(row);
  });
}
