import { FEEDBACK_ACTIONS, type FeedbackAction } from '../vocabularies/feedback-actions';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../vocabularies/feedback-statuses';

/**
 * The feedback lifecycle (complaints and feedback mechanism):
 *
 *   received ──acknowledge──> acknowledged ──refer──> referred ──respond──> responded ──close──> closed
 *       └────────refer─────────────┘  └──respond / close──┘ (refer again)   └─refer─┘             │
 *                                  <──────────────────────reopen──────────────────────────────────┘
 *
 * - `refer` sends the entry to a person or a partner organisation; a referred entry may be
 *   referred again (to someone else), and a response that settles nothing can be referred on.
 * - `close` follows a response, or an acknowledgement when nothing needs answering
 *   (positive feedback, a suggestion that was noted).
 * - `reopen` brings a closed entry back to `acknowledged`: it was received and
 *   acknowledged before; the history keeps both the closing and the reopening.
 */
export const FEEDBACK_TRANSITIONS: Readonly<Record<FeedbackStatus, Partial<Record<FeedbackAction, FeedbackStatus>>>> = {
  received: { acknowledge: 'acknowledged', refer: 'referred' },
  acknowledged: { refer: 'referred', respond: 'responded', close: 'closed' },
  referred: { refer: 'referred', respond: 'responded' },
  responded: { refer: 'referred', close: 'closed' },
  closed: { reopen: 'acknowledged' },
};

/** The status a new feedback entry starts in. */
export const INITIAL_FEEDBACK_STATUS: FeedbackStatus = 'received';

/** Thrown when an action does not apply to a feedback entry's current status. */
export class FeedbackTransitionError extends Error {
  constructor(
    readonly from: string,
    readonly action: string,
    reason: string,
  ) {
    super(`feedback in status "${from}" cannot take the action "${action}": ${reason}`);
    this.name = 'FeedbackTransitionError';
  }
}

function isFeedbackStatus(value: string): value is FeedbackStatus {
  return FEEDBACK_STATUSES.some((status) => status.code === value);
}

function isFeedbackAction(value: string): value is FeedbackAction {
  return FEEDBACK_ACTIONS.some((action) => action.code === value);
}

/** Actions that apply to an entry in `from`, in vocabulary order. */
export function feedbackActionsFrom(from: FeedbackStatus): readonly FeedbackAction[] {
  const moves = FEEDBACK_TRANSITIONS[from];
  return FEEDBACK_ACTIONS.map((action) => action.code).filter((action) => moves[action] !== undefined);
}

/**
 * The status an entry in `from` reaches by `action`.
 * @throws FeedbackTransitionError naming the status, the action and what is allowed instead.
 */
export function nextFeedbackStatus(from: string, action: string): FeedbackStatus {
  if (!isFeedbackStatus(from)) throw new FeedbackTransitionError(from, action, `"${from}" is not a feedback status`);
  if (!isFeedbackAction(action))
    throw new FeedbackTransitionError(from, action, `"${action}" is not a feedback action`);
  const to = FEEDBACK_TRANSITIONS[from][action];
  if (to !== undefined) return to;
  const allowed = feedbackActionsFrom(from);
  throw new FeedbackTransitionError(
    from,
    action,
    `from "${from}" the allowed actions are ${allowed.map((a) => `"${a}"`).join(', ')}`,
  );
}
