import type { IllegalFeedbackTransition } from '@crc/db';
import { feedbackActionsFrom, type FeedbackAction, type FeedbackStatus } from '@crc/domain';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { ErrorInterface } from '../common/errors';
import { FeedbackActionEnum, FeedbackStatusEnum } from './feedback-enums';

/** transitionFeedback was asked for an action the feedback lifecycle does not allow now. */
export class IllegalFeedbackTransitionError extends Error {
  constructor(
    message: string,
    readonly from: FeedbackStatus,
    readonly action: FeedbackAction,
  ) {
    super(message);
    this.name = 'IllegalFeedbackTransitionError';
  }
}

/** The transitionFeedback command's illegal transition as the mutation answers it, its status and action in the request's language. */
export function illegalFeedbackTransitionError(
  context: GatewayContext,
): (failure: IllegalFeedbackTransition) => IllegalFeedbackTransitionError {
  return (failure) =>
    new IllegalFeedbackTransitionError(
      context.i18n.t('gateway.feedbackTransition', {
        from: context.i18n.vocabularyLabel('feedbackStatuses', failure.from),
        action: context.i18n.vocabularyLabel('feedbackActions', failure.action),
      }),
      failure.from,
      failure.action,
    );
}

builder.objectType(IllegalFeedbackTransitionError, {
  name: 'IllegalFeedbackTransitionError',
  description: 'The action does not apply to the entry’s current status; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.field({
      type: FeedbackStatusEnum,
      description: 'The entry’s current status.',
      resolve: (error) => error.from,
    }),
    action: t.field({
      type: FeedbackActionEnum,
      description: 'The action asked for.',
      resolve: (error) => error.action,
    }),
    allowed: t.field({
      type: [FeedbackActionEnum],
      description: 'The actions that apply now.',
      resolve: (error) => [...feedbackActionsFrom(error.from)],
    }),
  }),
});
