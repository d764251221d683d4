import { type IatiActivityStatus, type IatiTransactionType, type ProjectType, type Sector } from '@crc/domain';
import { builder } from '../../builder';
import { localeArg } from '../common/locale';
import { AdminAreaRef, areaOrNull } from '../geography/admin-area';
import { OrganisationRef } from '../organisations/organisation';
import { MoneyTotalRef } from '../programmes/money-total';
import { describedTotalCount } from '../common/total-count';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { ActivityStatusEnum, iatiCodeOfStatus } from './activity-status';
import { ProjectTypeEnum } from './project-type';
import { dacCodeOf, SectorEnum } from '../common/vocabulary-enums';

interface BeneficiaryTargets {
  readonly individuals: number | null;
  readonly households: number | null;
}

const BeneficiaryTargetsRef = builder.objectRef<BeneficiaryTargets>('BeneficiaryTargets').implement({
  description: 'People a project plans to reach. Individuals and households are separate units and never added together.',
  fields: (t) => ({
    individuals: t.exposeInt('individuals', { nullable: true, description: 'Individuals targeted; null when not set.' }),
    households: t.exposeInt('households', { nullable: true, description: 'Households targeted; null when not set.' }),
  }),
});

builder.prismaNode('Project', {
  description: 'A project (CAP, QIP, CSP) within a programme, in one sector and area. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'IATI activity identifier or the partner’s own code.' }),
    title: t.exposeString('title', { description: 'Title of the project.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the project does.' }),
    programme: t.relation('programme', { description: 'The programme the project belongs to.' }),
    type: t.field({ type: ProjectTypeEnum, description: 'Type of project.', resolve: (project) => project.type as ProjectType }),
    typeLabel: t.string({
      description: 'Type of project in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (project, args, context) => vocabularyLabelIn(context, args.locale, 'projectTypes', project.type),
    }),
    sector: t.field({ type: SectorEnum, description: 'Sector of the project.', resolve: (project) => project.sector as Sector }),
    sectorDacCode: t.int({
      nullable: true,
      description: 'OECD DAC 5-digit purpose code of the sector, e.g. 11220 for education.',
      resolve: (project) => dacCodeOf(project.sector),
    }),
    sectorLabel: t.string({
      description: 'Sector in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (project, args, context) => vocabularyLabelIn(context, args.locale, 'sectors', project.sector),
    }),
    status: t.field({
      type: ActivityStatusEnum,
      description: 'IATI activity status.',
      resolve: (project) => project.status as IatiActivityStatus,
    }),
    statusIatiCode: t.int({
      nullable: true,
      description: 'The IATI ActivityStatus code, e.g. 2 for implementation.',
      resolve: (project) => iatiCodeOfStatus(project.status),
    }),
    statusLabel: t.string({
      description: 'IATI activity status in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (project, args, context) => vocabularyLabelIn(context, args.locale, 'iatiActivityStatuses', project.status),
    }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'Where the project works (governorate, district or sub-district); null when not recorded.',
      resolve: (project) => areaOrNull(project.areaPcode),
    }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'First day of the project.' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'Last day of the project; null while open-ended.' }),
    targets: t.field({
      type: BeneficiaryTargetsRef,
      description: 'People the project plans to reach.',
      resolve: (project) => ({ individuals: project.targetIndividuals, households: project.targetHouseholds }),
    }),
    implementingOrganisation: t.relation('implementingOrganisation', {
      nullable: true,
      description: 'The partner that implements the project.',
    }),
    donors: t.field({
      type: [OrganisationRef],
      description: 'Declared donors of the project, by name (amounts are in `funding`).',
      select: (_args, _context, nestedSelection) => ({
        donors: { select: { organisation: nestedSelection(true) }, orderBy: { organisation: { name: 'asc' } } },
      }),
      resolve: (project) => project.donors.map((donor) => donor.organisation),
    }),
    funding: t.relatedConnection(
      'funding',
      {
        description: 'Funding transactions recorded for the project, oldest first.',
        cursor: 'id',
        totalCount: true,
        query: () => ({ orderBy: [{ transactionDate: 'asc' }, { id: 'asc' }] }),
      },
      { description: 'A page of a project’s funding transactions.', fields: describedTotalCount('How many transactions match, across all pages.') },
      { description: 'A funding transaction in a page of a project’s funding.' },
    ),
    fundingTotals: t.loadableGroup({
      type: MoneyTotalRef,
      description: 'Funding of the project per transaction type and currency, summed exactly by the database.',
      load: async (projectIds: string[], context) => {
        const groups = await context.prisma.funding.groupBy({
          by: ['projectId', 'transactionType', 'currency'],
          where: { projectId: { in: projectIds } },
          _sum: { amount: true },
          _count: { _all: true },
          orderBy: [{ projectId: 'asc' }, { transactionType: 'asc' }, { currency: 'asc' }],
        });
        return groups.map((group) => ({
          groupId: group.projectId ?? '',
          transactionType: group.transactionType as IatiTransactionType,
          currency: group.currency,
          amount: group._sum.amount ?? '0',
          transactions: group._count._all,
        }));
      },
      group: (total) => total.groupId ?? '',
      resolve: (project) => project.id,
    }),
  }),
});
