import { builder } from '../../builder';
import { uuidFromArgument } from '../common/ids';
import { describedTotalCount } from '../common/total-count';
import { ProjectFilterInput, projectWhere } from './project-filter';

builder.queryFields((t) => ({
  projects: t.prismaConnection(
    {
      type: 'Project',
      description: 'Projects, by code, optionally filtered by programme, sector, status, type, area (with the areas inside it) and donor. Public.',
      cursor: 'id',
      args: { filter: t.arg({ type: ProjectFilterInput, required: false, description: 'Conditions the projects must meet.' }) },
      totalCount: async (_parent, args, context) => {
        const where = projectWhere(args.filter, context);
        return where === null ? 0 : context.prisma.project.count({ where });
      },
      resolve: async (query, _parent, args, context) => {
        const where = projectWhere(args.filter, context);
        return where === null ? [] : context.prisma.project.findMany({ ...query, where, orderBy: { code: 'asc' } });
      },
    },
    { description: 'A page of projects.', fields: describedTotalCount('How many projects match, across all pages.') },
    { description: 'A project in a page of projects.' },
  ),
  project: t.prismaField({
    type: 'Project',
    nullable: true,
    description: 'One project by id; null when none has it. Public.',
    args: { id: t.arg.id({ required: true, description: 'The project’s global id (or its UUID).' }) },
    resolve: (query, _parent, args, context) => {
      const id = uuidFromArgument(String(args.id), 'Project');
      return id === null ? null : context.prisma.project.findUnique({ ...query, where: { id } });
    },
  }),
}));
