import { builder } from '../../builder';
import { describedTotalCount } from '../common/total-count';
import { uuidOrNil } from '../common/ids';
import { OrganisationRef } from './organisation';
import { OrganisationFilterInput, organisationWhere } from './organisation-filter';

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: OrganisationRef,
      cursor: 'id',
      description: 'Organisations (donors, partners, government bodies), by name.',
      args: { filter: t.arg({ type: OrganisationFilterInput, required: false, description: 'Narrows the list.' }) },
      resolve: (query, _root, args, context) =>
        context.prisma.organisation.findMany({
          ...query,
          where: organisationWhere(args.filter),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) => context.prisma.organisation.count({ where: organisationWhere(args.filter) }),
    },
    {
      name: 'OrganisationConnection',
      description: 'A page of organisations.',
      fields: describedTotalCount('How many organisations match the filter, over all pages.'),
    },
    { name: 'OrganisationEdge', description: 'An organisation on a page, with its cursor.' },
  ),
  organisation: t.prismaField({
    type: OrganisationRef,
    nullable: true,
    description: 'One organisation by its global id; null when none has that id.',
    args: { id: t.arg.globalID({ required: true, for: OrganisationRef, description: 'The organisation’s `id`.' }) },
    resolve: (query, _root, args, context) =>
      context.prisma.organisation.findUnique({ ...query, where: { id: uuidOrNil(args.id.id, 'Organisation') } }),
  }),
}));
