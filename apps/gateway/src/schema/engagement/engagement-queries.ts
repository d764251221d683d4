import { builder } from '../../builder';
import { describedTotalCount } from '../common/total-count';
import { EngagementEventFilterInput, engagementEventWhere } from './engagement-filter';

builder.queryField('engagementEvents', (t) =>
  t.prismaConnection(
    {
      type: 'EngagementEvent',
      description: 'Community engagement events, most recent first, optionally filtered by centre, project, programme, kind, area and dates. Public.',
      cursor: 'id',
      args: { filter: t.arg({ type: EngagementEventFilterInput, required: false, description: 'Conditions the events must meet.' }) },
      totalCount: async (_parent, args, context) => {
        const where = engagementEventWhere(args.filter, context);
        return where === null ? 0 : context.prisma.engagementEvent.count({ where });
      },
      resolve: async (query, _parent, args, context) => {
        const where = engagementEventWhere(args.filter, context);
        return where === null
          ? []
          : context.prisma.engagementEvent.findMany({ ...query, where, orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] });
      },
    },
    { description: 'A page of engagement events.', fields: describedTotalCount('How many events match, across all pages.') },
    { description: 'An engagement event in a page of events.' },
  ),
);
