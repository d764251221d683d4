import { builder } from '../../builder';
import { describedTotalCount } from '../common/total-count';
import { uuidFromArgument } from '../common/ids';

builder.queryField('indicators', (t) =>
  t.prismaConnection(
    {
      type: 'Indicator',
      description: 'Indicators of a programme and of its projects, by code. Public.',
      cursor: 'id',
      args: { programmeId: t.arg.id({ required: true, description: 'The programme’s global id (or its UUID).' }) },
      totalCount: async (_parent, args, context) => {
        const programmeId = uuidFromArgument(String(args.programmeId), 'Programme');
        return programmeId === null ? 0 : context.prisma.indicator.count({ where: { OR: [{ programmeId }, { project: { programmeId } }] } });
      },
      resolve: async (query, _parent, args, context) => {
        const programmeId = uuidFromArgument(String(args.programmeId), 'Programme');
        if (programmeId === null) return [];
        return context.prisma.indicator.findMany({
          ...query,
          where: { OR: [{ programmeId }, { project: { programmeId } }] },
          orderBy: { code: 'asc' },
        });
      },
    },
    { description: 'A page of indicators.', fields: describedTotalCount('How many indicators match, across all pages.') },
    { description: 'An indicator in a page of indicators.' },
  ),
);
