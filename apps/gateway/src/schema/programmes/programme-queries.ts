import { builder } from '../../builder';
import { uuidFromArgument } from '../common/ids';
import { describedTotalCount } from '../common/total-count';

builder.queryFields((t) => ({
  programmes: t.prismaConnection(
    {
      type: 'Programme',
      description: 'All programmes, newest first (by start date, then code). Public.',
      cursor: 'id',
      totalCount: (_parent, _args, context) => context.prisma.programme.count(),
      resolve: (query, _parent, _args, context) =>
        context.prisma.programme.findMany({ ...query, orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }] }),
    },
    { description: 'A page of programmes.', fields: describedTotalCount('How many programmes match, across all pages.') },
    { description: 'A programme in a page of programmes.' },
  ),
  programme: t.prismaField({
    type: 'Programme',
    nullable: true,
    description: 'One programme by id; null when none has it. Public.',
    args: { id: t.arg.id({ required: true, description: 'The programme’s global id (or its UUID).' }) },
    resolve: (query, _parent, args, context) => {
      const id = uuidFromArgument(String(args.id), 'Programme');
      return id === null ? null : context.prisma.programme.findUnique({ ...query, where: { id } });
    },
  }),
}));
