import { assertReferralTransition, nextReferralStatuses, REFERRAL_STATUSES, ReferralStatusChangeSchema, ReferralTransitionError, todayInIraq, type ReferralStatus } from '@crc/domain';
import { actorOf } from '../../auth/viewer';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { NotFoundError } from '../../errors/not-found-error';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { uuidOrNil } from '../common/ids';
import { dateColumn } from '../common/calendar-date';
import { IllegalTransitionError } from './illegal-transition-error';
import { mayActAt } from './people-access';
import { ReferralStatusEnum } from '../common/vocabulary-enums';

const TERMINAL = new Set<string>(REFERRAL_STATUSES.filter((status) => status.terminal).map((status) => status.code));

builder.mutationField('transitionReferral', (t) =>
  t.prismaField({
    type: 'Referral',
    description:
      'Moves a referral to a new status (CENTRE_STAFF of the person’s centre, or ADMIN). Only moves the lifecycle allows (see `Referral.allowedNextStatuses`); any other returns IllegalTransitionError. Writes the status, a status-history entry and an audit-log row in one transaction; a final status also sets `closedOn`.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, IllegalTransitionError],
      union: { name: 'TransitionReferralResult', description: 'The referral in its new status, or why nothing was written.' },
      result: { name: 'TransitionReferralSuccess', description: 'The referral moved to the new status.' },
      dataField: { name: 'referral', description: 'The referral in its new status.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The referral (global id or UUID).' }),
      to: t.arg({ type: ReferralStatusEnum, required: true, description: 'The new status.' }),
      changedOn: t.arg({ type: 'Date', required: false, description: 'Date of the change (default today in Iraq); not in the future.' }),
      note: t.arg.string({ required: false, description: 'A note kept with the change in the status history.' }),
    },
    resolve: async (query, _root, args, context) => {
      const change = parseInput(
        ReferralStatusChangeSchema,
        { status: args.to, changedOn: args.changedOn ?? todayInIraq(), ...(args.note == null ? {} : { note: args.note }) },
        context,
      );
      const referralId = uuidOrNil(String(args.id), 'Referral');
      await context.prisma.$transaction(async (tx) => {
        // Lock the row first: two concurrent changes would otherwise both check the
        // lifecycle against the same old status and both be written.
        await tx.$executeRaw`SELECT 1 FROM referral WHERE id = ${referralId}::uuid FOR UPDATE`;
        const referral = await tx.referral.findUnique({
          where: { id: referralId },
          select: { id: true, status: true, closedOn: true, beneficiary: { select: { registrationCentreId: true } } },
        });
        if (referral === null) throw new NotFoundError(context.i18n.t('gateway.referralNotFound', { id: String(args.id) }), 'Referral', String(args.id));
        if (!mayActAt(context.viewer, referral.beneficiary.registrationCentreId))
          throw new ForbiddenError(context.i18n.t('gateway.personNotYours'), 'id');
        const from = referral.status as ReferralStatus;
        try {
          assertReferralTransition(from, change.status);
        } catch (error) {
          if (!(error instanceof ReferralTransitionError)) throw error;
          const label = (status: string) => context.i18n.vocabularyLabel('referralStatuses', status);
          throw new IllegalTransitionError(
            context.i18n.t('gateway.illegalTransition', { from: label(from), to: label(change.status) }),
            from,
            change.status,
            nextReferralStatuses(from),
          );
        }
        const closedOn = TERMINAL.has(change.status) ? dateColumn(change.changedOn) : null;
        await tx.referral.update({
          where: { id: referral.id },
          data: {
            status: change.status,
            closedOn,
            statusChanges: {
              create: { fromStatus: from, toStatus: change.status, changedBy: actorOf(context.viewer), note: change.note ?? null },
            },
          },
        });
        await recordAudit(tx, context.viewer, {
          action: 'transition',
          entity: 'Referral',
          entityId: referral.id,
          before: { status: from, closedOn: referral.closedOn },
          after: { status: change.status, closedOn, changedOn: change.changedOn, note: change.note },
        });
      });
      return context.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referralId } });
    },
  }),
);
