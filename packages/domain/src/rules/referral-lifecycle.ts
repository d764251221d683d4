import { REFERRAL_STATUSES, type ReferralStatus } from '../vocabularies/referral-statuses';

/**
 * The referral lifecycle (a humanitarian case referral, centre -> service provider):
 *
 *   draft ──> requested ──> accepted ──> in_progress ──> completed
 *     │           │  │         │  └──────────────────────> completed (one-off service)
 *     │           │  └──> declined
 *     │           └─────> closed_no_response (no answer by the follow-up deadline)
 *     └───────────┴──────────┴────────────┴──> cancelled (withdrawn, consent withdrawn)
 *
 * `accepted` and `in_progress` can also close as `closed_no_response` when the person
 * cannot be reached for follow-up. Terminal statuses have no way out: a new need,
 * or a late answer, opens a new referral so the record of what happened stays true.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  draft: ['requested', 'cancelled'],
  requested: ['accepted', 'declined', 'cancelled', 'closed_no_response'],
  accepted: ['in_progress', 'completed', 'cancelled', 'closed_no_response'],
  in_progress: ['completed', 'cancelled', 'closed_no_response'],
  completed: [],
  declined: [],
  cancelled: [],
  closed_no_response: [],
};

/** The status a new referral starts in. */
export const INITIAL_REFERRAL_STATUS: ReferralStatus = 'draft';

/** Thrown when a referral is asked to move between two statuses the lifecycle does not connect. */
export class ReferralTransitionError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
    reason: string,
  ) {
    super(`referral cannot move from "${from}" to "${to}": ${reason}`);
    this.name = 'ReferralTransitionError';
  }
}

function isReferralStatus(value: string): value is ReferralStatus {
  return REFERRAL_STATUSES.some((status) => status.code === value);
}

/** Statuses a referral in `from` may move to (empty for terminal statuses). */
export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return REFERRAL_TRANSITIONS[from] ?? [];
}

/** Whether a referral may move from `from` to `to`; unknown statuses are never allowed. */
export function canTransitionReferral(from: string, to: string): boolean {
  return isReferralStatus(from) && isReferralStatus(to) && REFERRAL_TRANSITIONS[from].includes(to);
}

/** @throws ReferralTransitionError naming both statuses when the move is not allowed. */
export function assertReferralTransition(from: string, to: string): void {
  if (canTransitionReferral(from, to)) return;
  if (!isReferralStatus(from)) throw new ReferralTransitionError(from, to, `"${from}" is not a referral status`);
  if (!isReferralStatus(to)) throw new ReferralTransitionError(from, to, `"${to}" is not a referral status`);
  const allowed = REFERRAL_TRANSITIONS[from];
  throw new ReferralTransitionError(
    from,
    to,
    allowed.length === 0
      ? `"${from}" is final`
      : `from "${from}" it may only move to ${allowed.map((s) => `"${s}"`).join(', ')}`,
  );
}
