import {
  canTransitionReferral,
  nextReferralStatuses,
  REFERRAL_STATUSES,
  ReferralStatusChangeSchema,
  todayInIraq,
  type ReferralStatus,
} from '@crc/domain';
import type { z } from 'zod';
import type { Referral } from '../generated/prisma/client';
import { mayActAt, type Actor } from './actor';
import { notFound, succeeded, type CommandResult, type CommonFailure } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { isRecordId } from './record-checks';
import { writeAudit } from './write-audit';

/** The lifecycle does not allow this move; nothing was written. */
export interface IllegalTransition {
  readonly ok: false;
  readonly kind: 'illegal_transition';
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  /** The statuses the referral may move to from `from`. */
  readonly allowed: readonly ReferralStatus[];
}

const TERMINAL = new Set<string>(REFERRAL_STATUSES.filter((status) => status.terminal).map((status) => status.code));

export interface TransitionReferralInput {
  readonly referralId: string;
  /** The new status, the date of the change (default today in Iraq) and a note kept in the status history. */
  readonly change: NullableInput<
    Omit<z.input<typeof ReferralStatusChangeSchema>, 'changedOn'> & { changedOn?: string }
  >;
}

/**
 * Moves a referral to a new status, if the lifecycle allows it: CENTRE_STAFF of the
 * person's centre, or ADMIN. Writes the status, a status-history entry and its audit
 * entry; a final status also sets closedOn.
 */
export async function transitionReferral(
  db: CommandDb,
  actor: Actor,
  input: TransitionReferralInput,
): Promise<CommandResult<Referral, CommonFailure | IllegalTransition>> {
  const refused = peopleRoleRefused(actor, 'id');
  if (refused !== undefined) return refused;
  const parsed = validateInput(ReferralStatusChangeSchema, { changedOn: todayInIraq(), ...withoutNulls(input.change) });
  if (!parsed.ok) return parsed;
  const change = parsed.value;
  if (!isRecordId(input.referralId)) return notFound('Referral', 'id', input.referralId);

  return inTransaction(db, async (tx) => {
    // Lock the row first: two concurrent changes would otherwise both check the
    // lifecycle against the same old status and both be written.
    await tx.$executeRaw`SELECT 1 FROM referral WHERE id = ${input.referralId}::uuid FOR UPDATE`;
    const referral = await tx.referral.findUnique({
      where: { id: input.referralId },
      select: { id: true, status: true, closedOn: true, beneficiary: { select: { registrationCentreId: true } } },
    });
    // Another centre's referral is not found, like an id nobody has (no existence oracle).
    if (referral === null || !mayActAt(actor, referral.beneficiary.registrationCentreId))
      return notFound('Referral', 'id', input.referralId);
    const from = referral.status as ReferralStatus;
    if (!canTransitionReferral(from, change.status)) {
      return { ok: false, kind: 'illegal_transition', from, to: change.status, allowed: nextReferralStatuses(from) };
    }
    const closedOn = TERMINAL.has(change.status) ? dateColumn(change.changedOn) : null;
    const row = await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: change.status,
        closedOn,
        statusChanges: {
          create: { fromStatus: from, toStatus: change.status, changedBy: actor.name, note: change.note ?? null },
        },
      },
    });
    await writeAudit(tx, actor, {
      action: 'transition',
      entity: 'Referral',
      entityId: referral.id,
      before: { status: from, closedOn: referral.closedOn },
      after: { status: change.status, closedOn, changedOn: change.changedOn },
    });
    return succeeded(row);
  });
}
