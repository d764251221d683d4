import { feedbackActionsFrom, type FeedbackAction, type FeedbackStatus } from '@crc/domain';
import { builder } from '../../builder';
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
