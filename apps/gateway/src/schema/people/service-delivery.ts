import type { ServiceType, VocationalCourse } from '@crc/domain';
import { builder } from '../../builder';
import { ServiceTypeEnum, VocationalCourseEnum } from '../common/vocabulary-enums';
import { uuidOrNil } from '../common/ids';

/**
 * A service delivered to a person. It tells what a person received, so it is
 * visible exactly to those who may see the person: ADMIN and CENTRE_STAFF of the
 * person's registration centre (checked on every object, node(id) included).
 */
builder.prismaNode('ServiceDelivery', {
  description:
    'One service delivered to one person on one day. Visible only to ADMIN and to CENTRE_STAFF of the centre where the person is registered.',
  id: { field: 'id' },
  findUnique: (id) => ({ id: uuidOrNil(id, 'ServiceDelivery') }),
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
    projectId: t.exposeString('projectId', { nullable: true, description: 'UUID of the project that funded it, if any.' }),
    project: t.relation('project', { nullable: true, description: 'The project that funded it, if any.' }),
    serviceType: t.field({ type: ServiceTypeEnum, description: 'The service.', resolve: (delivery) => delivery.serviceType as ServiceType }),
    serviceTypeLabel: t.string({
      description: '`serviceType` in the request’s language.',
      resolve: (delivery, _args, context) => context.i18n.vocabularyLabel('serviceTypes', delivery.serviceType),
    }),
    course: t.field({
      type: VocationalCourseEnum,
      nullable: true,
      description: 'The course taken, for training and informal education.',
      resolve: (delivery) => delivery.course as VocationalCourse | null,
    }),
    courseLabel: t.string({
      nullable: true,
      description: '`course` in the request’s language.',
      resolve: (delivery, _args, context) => (delivery.course === null ? null : context.i18n.vocabularyLabel('vocationalCourses', delivery.course)),
    }),
    deliveredOn: t.field({ type: 'Date', description: 'Date of the service.', resolve: (delivery) => delivery.deliveredOn }),
  }),
});
