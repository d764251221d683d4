import { createReferral, transitionReferral, type Referral as ReferralRow, type Prisma } from '@crc/db';
import { nextReferralStatuses, type ReferralStatus } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { commandActor, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { ReferralStatusEnum, ServiceTypeEnum } from '../common/vocabulary-enums';
import { uuidOrNil, idFromInput } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';
import '../common/forbidden-error-type';
import { REFERRAL_PERSONAL_OUTPUT } from './personal-fields';
import { visibleBeneficiaries } from './people-access';
import { IllegalTransitionError, illegalTransitionError } from './illegal-transition-error';

const PERSONAL =
  'Personal data: only ADMIN and CENTRE_STAFF of the person’s registration centre may read it (null with a FORBIDDEN error for others).';

const ReferralStatusChangeRef = builder.prismaObject('ReferralStatusChange', {
  description: 'One step in the history of a referral.',
  fields: (t) => ({
    fromStatus: t.field({
      type: ReferralStatusEnum,
      nullable: true,
      description: 'Status before the change; null for the creation of the referral.',
      resolve: (change) => change.fromStatus as ReferralStatus | null,
    }),
    ...vocabularyField(t, 'toStatus', {
      type: ReferralStatusEnum,
      vocabulary: 'referralStatuses',
      description: 'Status after the change.',
    }),
    changedAt: t.expose('changedAt', { type: 'DateTime', description: 'When the change was recorded.' }),
    note: t.exposeString('note', { nullable: true, description: 'What the staff member noted with the change.' }),
  }),
});

/**
 * A referral of a person to a service provider; visible, like the person, only to
 * ADMIN and CENTRE_STAFF of the person's registration centre. The reason is personal
 * data and guarded again on its own.
 */
const ReferralRef = builder.prismaNode('Referral', {
  description:
    'A referral of a person from a centre to a service provider, with its status history. Visible only to ADMIN and to CENTRE_STAFF of the centre where the person is registered.',
  id: { field: 'id' },
  // Looked up among the viewer's people only: hidden is null without an error, like an unknown id.
  findUnique: (id, context) => ({ id: uuidOrNil(id, 'Referral'), beneficiary: visibleBeneficiaries(context.viewer) }),
  nullable: true,
  include: { beneficiary: { select: { registrationCentreId: true } } },
  runScopesOnType: true,
  authScopes: (referral) => ({ personalDataAt: referral.beneficiary.registrationCentreId }),
  fields: (t) => ({
    beneficiary: t.relation('beneficiary', { description: 'The person referred.' }),
    beneficiaryId: t.exposeString('beneficiaryId', { description: 'UUID of the person.' }),
    fromCentreId: t.exposeString('fromCentreId', { description: 'UUID of the referring centre.' }),
    fromCentre: t.relation('fromCentre', { description: 'The referring centre.' }),
    toOrganisationId: t.exposeString('toOrganisationId', {
      nullable: true,
      description: 'UUID of the organisation referred to.',
    }),
    toOrganisation: t.relation('toOrganisation', { nullable: true, description: 'The organisation referred to.' }),
    ...vocabularyField(t, 'serviceType', {
      type: ServiceTypeEnum,
      vocabulary: 'serviceTypes',
      description: 'The service needed.',
    }),
    ...vocabularyField(t, 'status', {
      type: ReferralStatusEnum,
      vocabulary: 'referralStatuses',
      description: 'Current status.',
    }),
    allowedNextStatuses: t.field({
      type: [ReferralStatusEnum],
      description: 'Statuses `transitionReferral` may move this referral to now; empty once it is final.',
      resolve: (referral) => nextReferralStatuses(referral.status as ReferralStatus),
    }),
    referredOn: t.field({
      type: 'Date',
      description: 'Date of the referral.',
      resolve: (referral) => referral.referredOn,
    }),
    followUpOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the referring centre means to check on the referral, if set.',
      resolve: (referral) => referral.followUpOn,
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date it reached a final status.',
      resolve: (referral) => referral.closedOn,
    }),
    statusHistory: t.relation('statusChanges', {
      type: ReferralStatusChangeRef,
      description: 'Every status the referral has had, oldest first, starting with its creation.',
      query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
    }),
    // The personal fields registered in @crc/domain (the reason), each guarded on its own.
    ...Object.fromEntries(
      REFERRAL_PERSONAL_OUTPUT.map((field) => [
        field.name,
        t.string({
          nullable: true,
          description: `${field.description} ${PERSONAL}`,
          authScopes: (referral) => ({ personalDataAt: referral.beneficiary.registrationCentreId }),
          resolve: (referral: ReferralRow) => referral[field.column] as string | null,
        }),
      ]),
    ),
  }),
});

const ReferralFilterInput = builder.inputType('ReferralFilter', {
  description: 'Narrows `referrals`; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: ReferralStatusEnum, required: false, description: 'Only referrals in this status.' }),
    centreId: t.id({ required: false, description: 'The referring centre (global id or UUID).' }),
    beneficiaryId: t.id({ required: false, description: 'The person (global id or UUID).' }),
  }),
});

function referralWhere(viewer: Viewer, filter: typeof ReferralFilterInput.$inferInput | null | undefined) {
  const conditions: Prisma.ReferralWhereInput[] = [{ beneficiary: visibleBeneficiaries(viewer) }];
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.centreId) conditions.push({ fromCentreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.beneficiaryId) conditions.push({ beneficiaryId: uuidOrNil(String(filter.beneficiaryId), 'Beneficiary') });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  referrals: t.prismaConnection(
    {
      type: ReferralRef,
      cursor: 'id',
      nullable: true,
      description:
        'Referrals of people, latest first. CENTRE_STAFF see the referrals of the people registered at their centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error.',
      authScopes: { centreStaff: true },
      args: {
        filter: t.arg({
          type: ReferralFilterInput,
          required: false,
          description: 'Conditions the referrals must meet.',
        }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.referral.findMany({
          ...query,
          where: referralWhere(context.viewer, args.filter),
          orderBy: [{ referredOn: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.referral.count({ where: referralWhere(context.viewer, args.filter) }),
    },
    {
      name: 'ReferralConnection',
      description: 'A page of referrals.',
      fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
    },
    { name: 'ReferralEdge', description: 'A referral, with its cursor.' },
  ),
}));

const CreateReferralInput = builder.inputType('CreateReferralInput', {
  description: 'A referral of a person to a service provider. Validated with @crc/domain `ReferralCreateSchema`.',
  fields: (t) => ({
    beneficiaryId: t.id({
      required: true,
      description: 'The person (global id or UUID), registered at a centre the key is bound to.',
    }),
    fromCentreId: t.id({
      required: true,
      description: 'The referring centre (global id or UUID), one the key is bound to.',
    }),
    toOrganisationId: t.id({ required: true, description: 'The organisation referred to (global id or UUID).' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: true, description: 'The service the person needs.' }),
    status: t.string({
      required: false,
      description: 'Starting status: `draft` (default) or `requested` (sent at once).',
    }),
    reason: t.string({
      required: true,
      description:
        'Why the person is referred (personal data: only staff of the person’s centre and ADMIN read it back).',
    }),
    referredOn: t.field({ type: 'Date', required: true, description: 'Date of the referral; not in the future.' }),
    followUpOn: t.field({
      type: 'Date',
      required: false,
      description: 'When the centre means to check on the referral; not before `referredOn`.',
    }),
  }),
});

builder.mutationField('createReferral', (t) =>
  t.prismaField({
    type: ReferralRef,
    description:
      'Refers a person to a service provider (CENTRE_STAFF of the person’s centre and the referring centre, or ADMIN). Writes the referral, the first entry of its status history and an audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: { name: 'CreateReferralResult', description: 'The created referral, or why nothing was written.' },
      result: { name: 'CreateReferralSuccess', description: 'The referral was created.' },
      dataField: { name: 'referral', description: 'The new referral.' },
    },
    args: { input: t.arg({ type: CreateReferralInput, required: true, description: 'The referral to create.' }) },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await createReferral(context.prisma, commandActor(context.viewer), {
        ...input,
        status: input.status as 'draft' | 'requested' | null | undefined,
        beneficiaryId: idFromInput(input.beneficiaryId, 'Beneficiary'),
        fromCentreId: idFromInput(input.fromCentreId, 'Centre'),
        toOrganisationId: idFromInput(input.toOrganisationId, 'Organisation'),
      });
      return context.prisma.referral.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
);

builder.mutationField('transitionReferral', (t) =>
  t.prismaField({
    type: ReferralRef,
    description:
      'Moves a referral to a new status (CENTRE_STAFF of the person’s centre, or ADMIN). Only moves the lifecycle allows (see `Referral.allowedNextStatuses`); any other returns IllegalTransitionError. Writes the status, a status-history entry and an audit-log row in one transaction; a final status also sets `closedOn`.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError, IllegalTransitionError],
      union: {
        name: 'TransitionReferralResult',
        description: 'The referral in its new status, or why nothing was written.',
      },
      result: { name: 'TransitionReferralSuccess', description: 'The referral moved to the new status.' },
      dataField: { name: 'referral', description: 'The referral in its new status.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The referral (global id or UUID).' }),
      to: t.arg({ type: ReferralStatusEnum, required: true, description: 'The new status.' }),
      changedOn: t.arg({
        type: 'Date',
        required: false,
        description: 'Date of the change (default today in Iraq); not in the future.',
      }),
      note: t.arg.string({ required: false, description: 'A note kept with the change in the status history.' }),
    },
    resolve: async (query, _root, args, context) => {
      const result = await transitionReferral(context.prisma, commandActor(context.viewer), {
        referralId: idFromInput(args.id, 'Referral'),
        change: { status: args.to, changedOn: args.changedOn, note: args.note },
      });
      const referral = commandValue(result, context, (failure) => illegalTransitionError(failure, context));
      return context.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referral.id } });
    },
  }),
);
