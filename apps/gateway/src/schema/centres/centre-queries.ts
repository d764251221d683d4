import { builder } from '../../builder';
import { describedTotalCount } from '../common/total-count';
import { uuidOrNil } from '../common/ids';
import { CentreRef } from './centre';
import { CentreFilterInput, centreWhere } from './centre-filter';

builder.queryFields((t) => ({
  centres: t.prismaConnection(
    {
      type: CentreRef,
      cursor: 'id',
      description: 'Centres, by code.',
      args: { filter: t.arg({ type: CentreFilterInput, required: false, description: 'Narrows the list.' }) },
      resolve: (query, _root, args, context) =>
        context.prisma.centre.findMany({ ...query, where: centreWhere(args.filter, context), orderBy: { code: 'asc' } }),
      totalCount: (_root, args, context) => context.prisma.centre.count({ where: centreWhere(args.filter, context) }),
    },
    {
      name: 'CentreConnection',
      description: 'A page of centres.',
      fields: describedTotalCount('How many centres match the filter, over all pages.'),
    },
    { name: 'CentreEdge', description: 'A centre on a page, with its cursor.' },
  ),
  centre: t.prismaField({
    type: CentreRef,
    nullable: true,
    description: 'One centre by its global id; null when none has that id.',
    args: { id: t.arg.globalID({ required: true, for: CentreRef, description: 'The centre’s `id`.' }) },
    resolve: (query, _root, args, context) => context.prisma.centre.findUnique({ ...query, where: { id: uuidOrNil(args.id.id, 'Centre') } }),
  }),
}));
