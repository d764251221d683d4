import type { IllegalTransition } from '@crc/db';
import type { ReferralStatus } from '@crc/domain';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { ErrorInterface } from '../common/errors';
import { ReferralStatusEnum } from '../common/vocabulary-enums';

/** transitionReferral was asked for a move the referral lifecycle does not allow. */
export class IllegalTransitionError extends Error {
  constructor(
    message: string,
    readonly from: ReferralStatus,
    readonly to: ReferralStatus,
    readonly allowed: readonly ReferralStatus[],
  ) {
    super(message);
    this.name = 'IllegalTransitionError';
  }
}

builder.objectType(IllegalTransitionError, {
  name: 'IllegalTransitionError',
  description:
    'The referral cannot move from its current status to the one asked; nothing was written. `message` names both statuses.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.field({
      type: ReferralStatusEnum,
      description: 'The referral’s current status.',
      resolve: (error) => error.from,
    }),
    to: t.field({ type: ReferralStatusEnum, description: 'The status asked for.', resolve: (error) => error.to }),
    allowed: t.field({
      type: [ReferralStatusEnum],
      description: 'The statuses it may move to from `from`; empty when `from` is final.',
      resolve: (error) => [...error.allowed],
    }),
  }),
});

/** The transitionReferral command's IllegalTransition, worded in the request's language. */
export function illegalTransitionError(failure: IllegalTransition, context: GatewayContext): IllegalTransitionError {
  const label = (status: string) => context.i18n.vocabularyLabel('referralStatuses', status);
  const message = context.i18n.t('gateway.illegalTransition', { from: label(failure.from), to: label(failure.to) });
  return new IllegalTransitionError(message, failure.from, failure.to, failure.allowed);
}
