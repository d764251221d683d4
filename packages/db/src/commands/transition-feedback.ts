import {
  FeedbackTransitionError,
  FeedbackTransitionSchema,
  nextFeedbackStatus,
  type FeedbackAction,
  type FeedbackStatus,
} from '@crc/domain';
import type { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import { FEEDBACK_RECORD, feedbackAuditView, type FeedbackRecord } from '../feedback/feedback-record';
import { visibleFeedbackWhere } from '../feedback/feedback-visibility';
import type { Actor } from './actor';
import { invalid, notFound, succeeded, type CommandResult, type CommonFailure } from './command-result';
import { dateColumn, isoDateOf } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { isRecordId, missingOrganisation } from './record-checks';
import { writeAudit } from './write-audit';

/** The action does not apply to the entry's current status. Nothing was written. */
export interface IllegalFeedbackTransition {
  readonly ok: false;
  readonly kind: 'illegal_transition';
  readonly from: FeedbackStatus;
  readonly action: FeedbackAction;
  readonly message: string;
}

export type TransitionFeedbackInput = { readonly feedbackEntryId: string } & NullableInput<
  z.input<typeof FeedbackTransitionSchema>
>;

/**
 * Moves a feedback entry through its lifecycle (acknowledge, refer, respond, close,
 * reopen) and records the change in its history. An entry the actor may not see is not
 * found (a PSEA complaint is not "forbidden" to a key without the focal-point capability:
 * for that key it does not exist). The row is locked first, so two simultaneous actions
 * cannot both pass the lifecycle check. The response text stays out of the audit log.
 */
export async function transitionFeedback(
  db: CommandDb,
  actor: Actor,
  input: TransitionFeedbackInput,
): Promise<CommandResult<FeedbackRecord, CommonFailure | IllegalFeedbackTransition>> {
  const { feedbackEntryId, ...change } = input;
  const parsed = validateInput(FeedbackTransitionSchema, withoutNulls(change));
  if (!parsed.ok) return parsed;
  const transition = parsed.value;

  return inTransaction<FeedbackRecord, CommonFailure | IllegalFeedbackTransition>(db, async (tx) => {
    if (!isRecordId(feedbackEntryId)) return notFound('FeedbackEntry', 'feedbackEntryId', feedbackEntryId);
    await tx.$queryRaw(Prisma.sql`SELECT id FROM feedback_entry WHERE id = ${feedbackEntryId}::uuid FOR UPDATE`);
    const before = await tx.feedbackEntry.findFirst({
      where: { AND: [{ id: feedbackEntryId }, visibleFeedbackWhere(actor)] },
      select: FEEDBACK_RECORD,
    });
    if (before === null) return notFound('FeedbackEntry', 'feedbackEntryId', feedbackEntryId);

    let to: FeedbackStatus;
    try {
      to = nextFeedbackStatus(before.status, transition.action);
    } catch (error) {
      if (!(error instanceof FeedbackTransitionError)) throw error;
      return {
        ok: false,
        kind: 'illegal_transition',
        from: before.status as FeedbackStatus,
        action: transition.action,
        message: error.message,
      };
    }
    if (transition.changedOn < isoDateOf(before.receivedOn)) {
      return invalid([
        {
          field: 'changedOn',
          reason: 'custom',
          message: `must not be before the day the feedback was received (${isoDateOf(before.receivedOn)})`,
        },
      ]);
    }
    const missing = await missingOrganisation(tx, [{ field: 'toOrganisationId', id: transition.toOrganisationId }]);
    if (missing !== undefined) return missing;

    const changedOn = dateColumn(transition.changedOn);
    const after = await tx.feedbackEntry.update({
      where: { id: before.id },
      data: {
        status: to,
        ...(transition.action === 'refer'
          ? {
              referredToOrganisationId: transition.toOrganisationId ?? null,
              referredToPerson: transition.toPerson ?? null,
            }
          : {}),
        ...(transition.action === 'respond' && before.respondedOn === null ? { respondedOn: changedOn } : {}),
        ...(transition.action === 'close'
          ? { closedOn: changedOn, satisfaction: transition.satisfaction ?? null }
          : {}),
        ...(transition.action === 'reopen' ? { closedOn: null, satisfaction: null } : {}),
        statusChanges: {
          create: {
            action: transition.action,
            fromStatus: before.status,
            toStatus: to,
            changedOn,
            changedBy: actor.name,
            note: transition.note ?? transition.reason ?? null,
            toOrganisationId: transition.toOrganisationId ?? null,
            toPerson: transition.toPerson ?? null,
            response: transition.response ?? null,
            satisfaction: transition.satisfaction ?? null,
          },
        },
      },
      select: FEEDBACK_RECORD,
    });
    await writeAudit(tx, actor, {
      action: transition.action,
      entity: 'FeedbackEntry',
      entityId: before.id,
      before: feedbackAuditView(before),
      after: feedbackAuditView(after),
    });
    return succeeded(after);
  });
}
