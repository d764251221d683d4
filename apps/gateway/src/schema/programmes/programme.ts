import type { IatiTransactionType } from '@crc/domain';
import type { PrismaClient } from '@crc/db';
import { builder } from '../../builder';
import { OrganisationRef } from '../organisations/organisation';
import { describedTotalCount } from '../common/total-count';
import { uuidFromArgument } from '../common/ids';
import { MoneyTotalRef } from './money-total';

/**
 * Funding of a programme is every transaction whose `programmeId` is the programme:
 * recordFunding stores the project's programme on project funding, so one GROUP BY
 * on that column gives exact sums per currency.
 */
async function fundingTotalsOf(programmeIds: readonly string[], prisma: PrismaClient) {
  const groups = await prisma.funding.groupBy({
    by: ['programmeId', 'transactionType', 'currency'],
    where: { programmeId: { in: [...programmeIds] } },
    _sum: { amount: true },
    _count: { _all: true },
    orderBy: [{ programmeId: 'asc' }, { transactionType: 'asc' }, { currency: 'asc' }],
  });
  return groups.map((group) => ({
    groupId: group.programmeId ?? '',
    transactionType: group.transactionType as IatiTransactionType,
    currency: group.currency,
    amount: group._sum.amount ?? '0',
    transactions: group._count._all,
  }));
}

const ProgrammeRef = builder.prismaNode('Programme', {
  description:
    'A programme (e.g. CRP VI) grouping projects under shared donors. Public: any caller may read programmes, their projects and funding.',
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Short stable code, e.g. `CRP-VI`.' }),
    name: t.exposeString('name', { description: 'Full name of the programme.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the programme does.' }),
    startDate: t.expose('startDate', {
      type: 'Date',
      nullable: true,
      description: 'First day of the programme period.',
    }),
    endDate: t.expose('endDate', {
      type: 'Date',
      nullable: true,
      description: 'Last day of the programme period; null while open-ended.',
    }),
    leadOrganisation: t.relation('leadOrganisation', {
      nullable: true,
      description: 'The organisation that leads the programme.',
    }),
    projects: t.relatedConnection(
      'projects',
      {
        description: 'The programme’s projects, by code.',
        cursor: 'id',
        totalCount: true,
        query: () => ({ orderBy: { code: 'asc' } }),
      },
      {
        description: 'A page of a programme’s projects.',
        fields: describedTotalCount('How many projects match, across all pages.'),
      },
      { description: 'A project in a page of a programme’s projects.' },
    ),
    donors: t.field({
      type: [OrganisationRef],
      description:
        'Organisations that fund the programme: donors of its funding transactions and declared donors of its projects, each once, by name.',
      select: (_args, _context, nestedSelection) => ({
        funding: { distinct: ['donorOrganisationId'], select: { donorOrganisation: nestedSelection(true) } },
        projects: { select: { donors: { select: { organisation: nestedSelection(true) } } } },
      }),
      resolve: (programme) => {
        const byId = new Map<string, (typeof programme.funding)[number]['donorOrganisation']>();
        for (const funding of programme.funding) byId.set(funding.donorOrganisation.id, funding.donorOrganisation);
        for (const project of programme.projects)
          for (const donor of project.donors) byId.set(donor.organisation.id, donor.organisation);
        return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
      },
    }),
    fundingTotals: t.loadableGroup({
      type: MoneyTotalRef,
      description:
        'Total funding per transaction type and currency (commitments and disbursements are never added together), summed exactly by the database. `fundingByDonor` splits it by donor.',
      load: (programmeIds: string[], context) => fundingTotalsOf(programmeIds, context.prisma),
      group: (total) => total.groupId ?? '',
      resolve: (programme) => programme.id,
    }),
  }),
});

builder.queryFields((t) => ({
  programmes: t.prismaConnection(
    {
      type: ProgrammeRef,
      description: 'All programmes, newest first (by start date, then code). Public.',
      cursor: 'id',
      totalCount: (_parent, _args, context) => context.prisma.programme.count(),
      resolve: (query, _parent, _args, context) =>
        context.prisma.programme.findMany({
          ...query,
          orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }],
        }),
    },
    {
      description: 'A page of programmes.',
      fields: describedTotalCount('How many programmes match, across all pages.'),
    },
    { description: 'A programme in a page of programmes.' },
  ),
  programme: t.prismaField({
    type: ProgrammeRef,
    nullable: true,
    description: 'One programme by id; null when none has it. Public.',
    args: { id: t.arg.id({ required: true, description: 'The programme’s global id (or its UUID).' }) },
    resolve: (query, _parent, args, context) => {
      const id = uuidFromArgument(String(args.id), 'Programme');
      return id === null ? null : context.prisma.programme.findUnique({ ...query, where: { id } });
    },
  }),
}));
