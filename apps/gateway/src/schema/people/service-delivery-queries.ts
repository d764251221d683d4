import type { Prisma } from '@crc/db';
import type { Viewer } from '../../auth/viewer';
import { builder } from '../../builder';
import { uuidOrNil } from '../common/ids';
import { visibleBeneficiaries } from './people-access';
import './service-delivery';
import { describedTotalCount } from '../common/total-count';
import { ServiceTypeEnum } from '../common/vocabulary-enums';
import { dateColumn } from '../common/calendar-date';

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

function serviceDeliveryWhere(viewer: Viewer, filter: typeof ServiceDeliveryFilterInput.$inferInput | null | undefined) {
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
      type: 'ServiceDelivery',
      cursor: 'id',
      nullable: true,
      description:
        'Services delivered to people, latest first. CENTRE_STAFF see the services of the people registered at their centres; ADMIN all. PUBLIC and PARTNER are refused: null with a FORBIDDEN error (aggregates are elsewhere).',
      authScopes: { centreStaff: true },
      args: { filter: t.arg({ type: ServiceDeliveryFilterInput, required: false, description: 'Conditions the deliveries must meet.' }) },
      resolve: (query, _root, args, context) =>
        context.prisma.serviceDelivery.findMany({
          ...query,
          where: serviceDeliveryWhere(context.viewer, args.filter),
          orderBy: [{ deliveredOn: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) => context.prisma.serviceDelivery.count({ where: serviceDeliveryWhere(context.viewer, args.filter) }),
    },
    { name: 'ServiceDeliveryConnection', description: 'A page of service deliveries.', fields: describedTotalCount('Number of items in the whole connection (all pages), after filters.') },
    { name: 'ServiceDeliveryEdge', description: 'A service delivery, with its cursor.' },
  ),
}));
