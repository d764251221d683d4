import { ServiceDeliveryCreateSchema } from '@crc/domain';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { ForbiddenError } from '../../errors/forbidden-error';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { dateColumn } from '../common/calendar-date';
import { requireOwnBeneficiary, requireOwnCentre } from './record-guards';
import { ServiceTypeEnum, VocationalCourseEnum } from '../common/vocabulary-enums';
import { withoutNulls } from '../common/without-nulls';
import { recordNotFound } from '../common/record-not-found';

const RecordServiceDeliveryInput = builder.inputType('RecordServiceDeliveryInput', {
  description: 'A service delivered to a person. Validated with @crc/domain `ServiceDeliveryCreateSchema`.',
  fields: (t) => ({
    beneficiaryId: t.id({ required: true, description: 'The person (global id or UUID), registered at a centre the key is bound to.' }),
    centreId: t.id({ required: true, description: 'The centre that delivered the service (global id or UUID), one the key is bound to.' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: true, description: 'The service.' }),
    course: t.field({ type: VocationalCourseEnum, required: false, description: 'The course, only for services that take one (vocational training, ...).' }),
    deliveredOn: t.field({ type: 'Date', required: true, description: 'Date of the service; not in the future.' }),
    projectId: t.id({ required: false, description: 'The project that funded it (global id or UUID).' }),
  }),
});

builder.mutationField('recordServiceDelivery', (t) =>
  t.prismaField({
    type: 'ServiceDelivery',
    description:
      'Records a service delivered to a person (CENTRE_STAFF of both the delivering centre and the person’s centre, or ADMIN). Writes the delivery and an audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: { name: 'RecordServiceDeliveryResult', description: 'The recorded service delivery, or why nothing was written.' },
      result: { name: 'RecordServiceDeliverySuccess', description: 'The service delivery was recorded.' },
      dataField: { name: 'serviceDelivery', description: 'The recorded service delivery.' },
    },
    args: { input: t.arg({ type: RecordServiceDeliveryInput, required: true, description: 'The service delivered.' }) },
    resolve: async (query, _root, args, context) => {
      const raw = withoutNulls(args.input);
      const input = parseInput(
        ServiceDeliveryCreateSchema,
        {
          ...raw,
          beneficiaryId: idFromInput(String(args.input.beneficiaryId), 'Beneficiary'),
          centreId: idFromInput(String(args.input.centreId), 'Centre'),
          ...(raw.projectId === undefined ? {} : { projectId: idFromInput(String(raw.projectId), 'Project') }),
        },
        context,
      );
      const id = await context.prisma.$transaction(async (tx) => {
        await requireOwnBeneficiary(tx, context, input.beneficiaryId, 'beneficiaryId');
        await requireOwnCentre(tx, context, input.centreId, 'centreId');
        if (input.projectId !== undefined && (await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true } })) === null)
          throw recordNotFound(context, 'Project', 'projectId', input.projectId);
        const delivery = await tx.serviceDelivery.create({
          data: {
            beneficiaryId: input.beneficiaryId,
            centreId: input.centreId,
            projectId: input.projectId ?? null,
            serviceType: input.serviceType,
            course: input.course ?? null,
            deliveredOn: dateColumn(input.deliveredOn),
          },
        });
        await recordAudit(tx, context.viewer, { action: 'create', entity: 'ServiceDelivery', entityId: delivery.id, after: delivery });
        return delivery.id;
      });
      return context.prisma.serviceDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
