import type { Referral as ReferralRow } from '@crc/db';
import { nextReferralStatuses, type ReferralStatus, type ServiceType } from '@crc/domain';
import { builder } from '../../builder';
import { REFERRAL_PERSONAL_OUTPUT } from './personal-fields';
import { ReferralStatusEnum, ServiceTypeEnum } from '../common/vocabulary-enums';
import { uuidOrNil } from '../common/ids';

const PERSONAL = 'Personal data: only ADMIN and CENTRE_STAFF of the person’s registration centre may read it (null with a FORBIDDEN error for others).';

const ReferralStatusChangeRef = builder.prismaObject('ReferralStatusChange', {
  description: 'One step in the history of a referral.',
  fields: (t) => ({
    fromStatus: t.field({
      type: ReferralStatusEnum,
      nullable: true,
      description: 'Status before the change; null for the creation of the referral.',
      resolve: (change) => change.fromStatus as ReferralStatus | null,
    }),
    toStatus: t.field({ type: ReferralStatusEnum, description: 'Status after the change.', resolve: (change) => change.toStatus as ReferralStatus }),
    toStatusLabel: t.string({
      description: '`toStatus` in the request’s language.',
      resolve: (change, _args, context) => context.i18n.vocabularyLabel('referralStatuses', change.toStatus),
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
builder.prismaNode('Referral', {
  description:
    'A referral of a person from a centre to a service provider, with its status history. Visible only to ADMIN and to CENTRE_STAFF of the centre where the person is registered.',
  id: { field: 'id' },
  findUnique: (id) => ({ id: uuidOrNil(id, 'Referral') }),
  nullable: true,
  include: { beneficiary: { select: { registrationCentreId: true } } },
  runScopesOnType: true,
  authScopes: (referral) => ({ personalDataAt: referral.beneficiary.registrationCentreId }),
  fields: (t) => ({
    beneficiary: t.relation('beneficiary', { description: 'The person referred.' }),
    beneficiaryId: t.exposeString('beneficiaryId', { description: 'UUID of the person.' }),
    fromCentreId: t.exposeString('fromCentreId', { description: 'UUID of the referring centre.' }),
    fromCentre: t.relation('fromCentre', { description: 'The referring centre.' }),
    toOrganisationId: t.exposeString('toOrganisationId', { nullable: true, description: 'UUID of the organisation referred to.' }),
    toOrganisation: t.relation('toOrganisation', { nullable: true, description: 'The organisation referred to.' }),
    serviceType: t.field({ type: ServiceTypeEnum, description: 'The service needed.', resolve: (referral) => referral.serviceType as ServiceType }),
    serviceTypeLabel: t.string({
      description: '`serviceType` in the request’s language.',
      resolve: (referral, _args, context) => context.i18n.vocabularyLabel('serviceTypes', referral.serviceType),
    }),
    status: t.field({ type: ReferralStatusEnum, description: 'Current status.', resolve: (referral) => referral.status as ReferralStatus }),
    statusLabel: t.string({
      description: '`status` in the request’s language.',
      resolve: (referral, _args, context) => context.i18n.vocabularyLabel('referralStatuses', referral.status),
    }),
    allowedNextStatuses: t.field({
      type: [ReferralStatusEnum],
      description: 'Statuses `transitionReferral` may move this referral to now; empty once it is final.',
      resolve: (referral) => nextReferralStatuses(referral.status as ReferralStatus),
    }),
    referredOn: t.field({ type: 'Date', description: 'Date of the referral.', resolve: (referral) => referral.referredOn }),
    closedOn: t.field({ type: 'Date', nullable: true, description: 'Date it reached a final status.', resolve: (referral) => referral.closedOn }),
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
