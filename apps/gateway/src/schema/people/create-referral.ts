import { ReferralCreateSchema } from '@crc/domain';
import { actorOf } from '../../auth/viewer';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { dateColumn } from '../common/calendar-date';
import { requireOwnBeneficiary, requireOwnCentre } from './record-guards';
import { ServiceTypeEnum } from '../common/vocabulary-enums';
import { withoutNulls } from '../common/without-nulls';
import { recordNotFound } from '../common/record-not-found';

const CreateReferralInput = builder.inputType('CreateReferralInput', {
  description: 'A referral of a person to a service provider. Validated with @crc/domain `ReferralCreateSchema`.',
  fields: (t) => ({
    beneficiaryId: t.id({ required: true, description: 'The person (global id or UUID), registered at a centre the key is bound to.' }),
    fromCentreId: t.id({ required: true, description: 'The referring centre (global id or UUID), one the key is bound to.' }),
    toOrganisationId: t.id({ required: true, description: 'The organisation referred to (global id or UUID).' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: true, description: 'The service the person needs.' }),
    status: t.string({
      required: false,
      description: 'Starting status: `draft` (default) or `requested` (sent at once).',
    }),
    reason: t.string({ required: true, description: 'Why the person is referred (personal data: only staff of the person’s centre and ADMIN read it back).' }),
    referredOn: t.field({ type: 'Date', required: true, description: 'Date of the referral; not in the future.' }),
  }),
});

builder.mutationField('createReferral', (t) =>
  t.prismaField({
    type: 'Referral',
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
      const raw = withoutNulls(args.input);
      const input = parseInput(
        ReferralCreateSchema,
        {
          ...raw,
          beneficiaryId: idFromInput(String(args.input.beneficiaryId), 'Beneficiary'),
          fromCentreId: idFromInput(String(args.input.fromCentreId), 'Centre'),
          toOrganisationId: idFromInput(String(args.input.toOrganisationId), 'Organisation'),
        },
        context,
      );
      const id = await context.prisma.$transaction(async (tx) => {
        await requireOwnBeneficiary(tx, context, input.beneficiaryId, 'beneficiaryId');
        await requireOwnCentre(tx, context, input.fromCentreId, 'fromCentreId');
        if ((await tx.organisation.findUnique({ where: { id: input.toOrganisationId }, select: { id: true } })) === null)
          throw recordNotFound(context, 'Organisation', 'toOrganisationId', input.toOrganisationId);
        const referral = await tx.referral.create({
          data: {
            beneficiaryId: input.beneficiaryId,
            fromCentreId: input.fromCentreId,
            toOrganisationId: input.toOrganisationId,
            serviceType: input.serviceType,
            status: input.status,
            reason: input.reason,
            referredOn: dateColumn(input.referredOn),
            statusChanges: { create: { fromStatus: null, toStatus: input.status, changedBy: actorOf(context.viewer) } },
          },
        });
        await recordAudit(tx, context.viewer, { action: 'create', entity: 'Referral', entityId: referral.id, after: referral });
        return referral.id;
      });
      return context.prisma.referral.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
