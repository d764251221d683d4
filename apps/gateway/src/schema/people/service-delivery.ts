import { recordServiceDelivery, type Prisma } from '@crc/db';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { commandActor, type Viewer } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { ServiceTypeEnum, VocationalCourseEnum } from '../common/vocabulary-enums';
import { uuidOrNil, idFromInput, optionalIdFromInput } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';
import { dateColumn } from '../common/calendar-date';
import '../common/forbidden-error-type';
import { visibleBeneficiaries } from './people-access';

/**
 * A service delivered to a person. It tells what a person received, so it is
 * visible exactly to those who may see the person: ADMIN and CENTRE_STAFF of the
 * person's registration centre (checked on every object, node(id) included).
 */
const ServiceDeliveryRef = builder.prismaNode('ServiceDelivery', {
  description:
    'One service delivered to one person on one day. Visible only to ADMIN and to CENTRE_STAFF of the centre where the person is registered.',
  id: { field: 'id' },
  // Looked up among the viewer's people only: hidden is null without an error, like an unknown id.
  findUnique: (id, context) => ({
    id: uuidOrNil(id, 'ServiceDelivery'),
    beneficiary: visibleBeneficiaries(context.viewer),
  }),
  nullable: true,
  // The person's centre decides who may see the delivery: load it with every delivery.
  include: { beneficiary: { select: { registrationCentreId: true } } },
  runScopesOnType: true,
  authScopes: (delivery) => ({ personalDataAt: delivery.beneficiary.registrationCentreId }),
  fields: (t) => ({
    beneficiary: t.relation('beneficiary', { description: 'The person who received the service.' }),
    beneficiaryId: t.exposeString('beneficiaryId', { description: 'UUID of the person.' }),
    centreId: t.exposeString('centreId', { description: 'UUID of the centre that delivered the service.' }),
    centre: t.relation('centre', { description: 'The centre that delivered the service.' }),
    projectId: t.exposeString('projectId', {
      nullable: true,
      description: 'UUID of the project that funded it, if any.',
    }),
    project: t.relation('project', { nullable: true, description: 'The project that funded it, if any.' }),
    providerOrganisationId: t.exposeString('providerOrganisationId', {
      nullable: true,
      description: 'UUID of the partner organisation that delivered the service, when not the centre itself.',
    }),
    providerOrganisation: t.relation('providerOrganisation', {
      nullable: true,
      description: 'The partner organisation that delivered the service, when not the centre itself.',
    }),
    ...vocabularyField(t, 'serviceType', {
      type: ServiceTypeEnum,
      vocabulary: 'serviceTypes',
      description: 'The service.',
    }),
    ...vocabularyField(t, 'course', {
      type: VocationalCourseEnum,
      vocabulary: 'vocationalCourses',
      description: 'The course taken, for training and informal education.',
      nullable: true,
    }),
    deliveredOn: t.field({
      type: 'Date',
      description: 'Date of the service.',
      resolve: (delivery) => delivery.deliveredOn,
    }),
  }),
});

const ServiceDeliveryFilterInput = builder.inputType('ServiceDeliveryFilter', {
  description: 'Narrows `serviceDeliveries`; all given conditions must hold.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'The delivering centre (global id or UUID).' }),
    beneficiaryId: t.id({ required: false, description: 'The person (global id or UUID).' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: false, description: 'Only this service.' }),
    deliveredFrom: t.field({ type: 'Date', required: false, description: 'Delivered on or after this date.' }),
    deliveredTo: t.field({ type: 'Date', required: false, description: 'Delivered on or before this date.' }),
  }),
});

function serviceDeliveryWhere(
  viewer: Viewer,
  filter: typeof ServiceDeliveryFilterInput.$inferInput | null | undefined,
) {
  const conditions: Prisma.ServiceDeliveryWhereInput[] = [{ beneficiary: visibleBeneficiaries(viewer) }];
  if (filter?.centreId) conditions.push({ centreId: uuidOrNil(String(filter.centreId), 'Centre') });
  if (filter?.beneficiaryId) conditions.push({ beneficiaryId: uuidOrNil(String(filter.beneficiaryId), 'Beneficiary') });
  if (filter?.serviceType) conditions.push({ serviceType: filter.serviceType });
  if (filter?.deliveredFrom) conditions.push({ deliveredOn: { gte: dateColumn(filter.deliveredFrom) } });
  if (filter?.deliveredTo) conditions.push({ deliveredOn: { lte: dateColumn(filter.deliveredTo) } });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  serviceDeliveries: t.prismaConnection(
    {
      type: ServiceDeliveryRef,
      cursor: 'id',
      nullable: true,
      description:
        'Services delivered to people, latest first. CENTRE_STAFF see the services of the people registered at their centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error (aggregates are elsewhere).',
      authScopes: { centreStaff: true },
      args: {
        filter: t.arg({
          type: ServiceDeliveryFilterInput,
          required: false,
          description: 'Conditions the deliveries must meet.',
        }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.serviceDelivery.findMany({
          ...query,
          where: serviceDeliveryWhere(context.viewer, args.filter),
          orderBy: [{ deliveredOn: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) =>
        context.prisma.serviceDelivery.count({ where: serviceDeliveryWhere(context.viewer, args.filter) }),
    },
    {
      name: 'ServiceDeliveryConnection',
      description: 'A page of service deliveries.',
      fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.'),
    },
    { name: 'ServiceDeliveryEdge', description: 'A service delivery, with its cursor.' },
  ),
}));

const RecordServiceDeliveryInput = builder.inputType('RecordServiceDeliveryInput', {
  description: 'A service delivered to a person. Validated with @crc/domain `ServiceDeliveryCreateSchema`.',
  fields: (t) => ({
    beneficiaryId: t.id({
      required: true,
      description: 'The person (global id or UUID), registered at a centre the key is bound to.',
    }),
    centreId: t.id({
      required: true,
      description: 'The centre that delivered the service (global id or UUID), one the key is bound to.',
    }),
    serviceType: t.field({ type: ServiceTypeEnum, required: true, description: 'The service.' }),
    course: t.field({
      type: VocationalCourseEnum,
      required: false,
      description: 'The course, only for services that take one (vocational training, ...).',
    }),
    deliveredOn: t.field({ type: 'Date', required: true, description: 'Date of the service; not in the future.' }),
    projectId: t.id({ required: false, description: 'The project that funded it (global id or UUID).' }),
    providerOrganisationId: t.id({
      required: false,
      description: 'The partner organisation that delivered it (global id or UUID), when not the centre itself.',
    }),
  }),
});

builder.mutationField('recordServiceDelivery', (t) =>
  t.prismaField({
    type: ServiceDeliveryRef,
    description:
      'Records a service delivered to a person (CENTRE_STAFF of both the delivering centre and the person’s centre, or ADMIN). Writes the delivery and an audit-log row in one transaction.',
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: {
        name: 'RecordServiceDeliveryResult',
        description: 'The recorded service delivery, or why nothing was written.',
      },
      result: { name: 'RecordServiceDeliverySuccess', description: 'The service delivery was recorded.' },
      dataField: { name: 'serviceDelivery', description: 'The recorded service delivery.' },
    },
    args: { input: t.arg({ type: RecordServiceDeliveryInput, required: true, description: 'The service delivered.' }) },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await recordServiceDelivery(context.prisma, commandActor(context.viewer), {
        ...input,
        beneficiaryId: idFromInput(input.beneficiaryId, 'Beneficiary'),
        centreId: idFromInput(input.centreId, 'Centre'),
        projectId: optionalIdFromInput(input.projectId, 'Project'),
        providerOrganisationId: optionalIdFromInput(input.providerOrganisationId, 'Organisation'),
      });
      return context.prisma.serviceDelivery.findUniqueOrThrow({
        ...query,
        where: { id: commandValue(result, context).id },
      });
    },
  }),
);
