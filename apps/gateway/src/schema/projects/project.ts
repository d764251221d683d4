import {
  type IatiActivityStatus,
  type IatiTransactionType,
  type ProjectType,
  type Sector,
  PROJECT_TYPES,
  IATI_ACTIVITY_STATUSES,
  KnownAreaPcodeSchema,
} from '@crc/domain';
import { createProject, updateProject, type Prisma } from '@crc/db';
import { commandActor } from '../../auth/viewer';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import type { GatewayContext } from '../../context';
import { AdminAreaRef, areaOrNull } from '../geography/admin-area';
import { OrganisationRef } from '../organisations/organisation';
import { MoneyTotalRef } from '../programmes/money-total';
import { describedTotalCount } from '../common/total-count';
import { dacCodeOf, SectorEnum } from '../common/vocabulary-enums';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { uuidFromArgument, idFromInput, optionalIdFromInput } from '../common/ids';
import { filterArea } from '../common/filter-area';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { commandValue } from '../common/command-value';

interface BeneficiaryTargets {
  readonly individuals: number | null;
  readonly households: number | null;
}

const BeneficiaryTargetsRef = builder.objectRef<BeneficiaryTargets>('BeneficiaryTargets').implement({
  description:
    'People a project plans to reach. Individuals and households are separate units and never added together.',
  fields: (t) => ({
    individuals: t.exposeInt('individuals', {
      nullable: true,
      description: 'Individuals targeted; null when not set.',
    }),
    households: t.exposeInt('households', { nullable: true, description: 'Households targeted; null when not set.' }),
  }),
});

const ProjectRef = builder.prismaNode('Project', {
  description: 'A project (CAP, QIP, CSP) within a programme, in one sector and area. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'IATI activity identifier or the partner’s own code.' }),
    title: t.exposeString('title', { description: 'Title of the project.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the project does.' }),
    programme: t.relation('programme', { description: 'The programme the project belongs to.' }),
    ...vocabularyField(t, 'type', {
      type: ProjectTypeEnum,
      vocabulary: 'projectTypes',
      description: 'Type of project.',
    }),
    ...vocabularyField(t, 'sector', { type: SectorEnum, vocabulary: 'sectors', description: 'Sector of the project.' }),
    sectorDacCode: t.int({
      nullable: true,
      description: 'OECD DAC 5-digit purpose code of the sector, e.g. 11220 for education.',
      resolve: (project) => dacCodeOf(project.sector),
    }),
    ...vocabularyField(t, 'status', {
      type: ActivityStatusEnum,
      vocabulary: 'iatiActivityStatuses',
      description: 'IATI activity status.',
    }),
    statusIatiCode: t.int({
      nullable: true,
      description: 'The IATI ActivityStatus code, e.g. 2 for implementation.',
      resolve: (project) => iatiCodeOfStatus(project.status),
    }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'Where the project works (governorate, district or sub-district); null when not recorded.',
      resolve: (project) => areaOrNull(project.areaPcode),
    }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'First day of the project.' }),
    endDate: t.expose('endDate', {
      type: 'Date',
      nullable: true,
      description: 'Last day of the project; null while open-ended.',
    }),
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
      {
        description: 'A page of a project’s funding transactions.',
        fields: describedTotalCount('How many transactions match, across all pages.'),
      },
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

export const ProjectTypeEnum = builder.enumType('ProjectType', {
  description: 'Type of community project in IOM Iraq’s transition and recovery programming.',
  values: vocabularyEnumValues(PROJECT_TYPES, (type) => `${type.label} (${type.acronym}).`),
});

export const ActivityStatusEnum = builder.enumType('ActivityStatus', {
  description: 'Where a project stands, from the IATI ActivityStatus codelist (the code is in `statusIatiCode`).',
  values: vocabularyEnumValues(IATI_ACTIVITY_STATUSES, (status) => `${status.label} (IATI code ${status.iatiCode}).`),
});

/** The IATI ActivityStatus code of a status. */
export function iatiCodeOfStatus(status: string): number | null {
  return IATI_ACTIVITY_STATUSES.find((entry) => entry.code === status)?.iatiCode ?? null;
}

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  description: 'Narrows a list of projects; every condition given must hold.',
  fields: (t) => ({
    programmeId: t.id({ required: false, description: 'Only projects of this programme (global id or UUID).' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'Only projects in this sector.' }),
    status: t.field({
      type: ActivityStatusEnum,
      required: false,
      description: 'Only projects with this IATI activity status.',
    }),
    type: t.field({ type: ProjectTypeEnum, required: false, description: 'Only projects of this type.' }),
    areaPcode: t.string({
      required: false,
      description:
        'Only projects in this area or inside it: a governorate p-code (`IQG10`) includes its districts and sub-districts.',
      validate: KnownAreaPcodeSchema,
    }),
    donorId: t.id({
      required: false,
      description:
        'Only projects this organisation funds: a declared donor, or the donor of one of their funding transactions.',
    }),
  }),
});

export interface ProjectFilter {
  readonly programmeId?: string | number | null;
  readonly sector?: Sector | null;
  readonly status?: IatiActivityStatus | null;
  readonly type?: ProjectType | null;
  readonly areaPcode?: string | null;
  readonly donorId?: string | number | null;
}

/**
 * The Prisma `where` for a filter, or null when no project can match (an id that
 * names nothing). An unknown p-code is an error, not an empty page: p-codes are a
 * closed list and a typo must not look like "no projects here".
 */
export function projectWhere(
  filter: ProjectFilter | null | undefined,
  context: GatewayContext,
): Prisma.ProjectWhereInput | null {
  if (!filter) return {};
  const where: Prisma.ProjectWhereInput[] = [];
  if (filter.programmeId != null) {
    const programmeId = uuidFromArgument(String(filter.programmeId), 'Programme');
    if (programmeId === null) return null;
    where.push({ programmeId });
  }
  if (filter.sector != null) where.push({ sector: filter.sector });
  if (filter.status != null) where.push({ status: filter.status });
  if (filter.type != null) where.push({ type: filter.type });
  if (filter.areaPcode != null) {
    const area = filterArea(filter.areaPcode, context);
    // P-codes nest by prefix (IQG10 > IQG10Q05 > IQG10Q05N02) and have fixed widths per level.
    where.push({ areaPcode: { startsWith: area.pcode } });
  }
  if (filter.donorId != null) {
    const donorId = uuidFromArgument(String(filter.donorId), 'Organisation');
    if (donorId === null) return null;
    where.push({
      OR: [{ donors: { some: { organisationId: donorId } } }, { funding: { some: { donorOrganisationId: donorId } } }],
    });
  }
  return { AND: where };
}

builder.queryFields((t) => ({
  projects: t.prismaConnection(
    {
      type: ProjectRef,
      description:
        'Projects, by code, optionally filtered by programme, sector, status, type, area (with the areas inside it) and donor. Public.',
      cursor: 'id',
      args: {
        filter: t.arg({ type: ProjectFilterInput, required: false, description: 'Conditions the projects must meet.' }),
      },
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
    type: ProjectRef,
    nullable: true,
    description: 'One project by id; null when none has it. Public.',
    args: { id: t.arg.id({ required: true, description: 'The project’s global id (or its UUID).' }) },
    resolve: (query, _parent, args, context) => {
      const id = uuidFromArgument(String(args.id), 'Project');
      return id === null ? null : context.prisma.project.findUnique({ ...query, where: { id } });
    },
  }),
}));

export const BeneficiaryTargetsInput = builder.inputType('BeneficiaryTargetsInput', {
  description: 'People a project plans to reach, each figure in its own unit.',
  fields: (t) => ({
    individuals: t.int({ required: false, description: 'Individuals targeted (a whole number, not negative).' }),
    households: t.int({ required: false, description: 'Households targeted (a whole number, not negative).' }),
  }),
});

export const ProjectCreateInput = builder.inputType('ProjectCreateInput', {
  description:
    'A new project. Validated with @crc/domain `ProjectCreateSchema`; problems come back as a ValidationError naming each field.',
  fields: (t) => ({
    programmeId: t.id({ required: true, description: 'The programme (global id or UUID).' }),
    code: t.string({
      required: false,
      description: 'IATI activity identifier or own code, unique across projects; the project’s UUID when omitted.',
    }),
    title: t.string({ required: true, description: 'Title, 1 to 300 characters.' }),
    description: t.string({ required: false, description: 'What the project does (at most 5000 characters).' }),
    type: t.field({ type: ProjectTypeEnum, required: true, description: 'Type of project.' }),
    sector: t.field({ type: SectorEnum, required: true, description: 'Sector.' }),
    iatiStatus: t.field({
      type: ActivityStatusEnum,
      required: true,
      description: 'IATI activity status; a CLOSED project needs an end date.',
    }),
    areaPcode: t.string({
      required: true,
      description: 'OCHA p-code of the area the project works in, e.g. `IQG10Q05`.',
    }),
    implementingOrganisationId: t.id({ required: false, description: 'The implementing partner (global id or UUID).' }),
    donorOrganisationIds: t.idList({
      required: false,
      description: 'Declared donors (global ids or UUIDs), each once.',
    }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endDate: t.field({ type: 'Date', required: false, description: 'Last day; not before the start date.' }),
    beneficiariesTargeted: t.field({
      type: BeneficiaryTargetsInput,
      required: false,
      description: 'People the project plans to reach.',
    }),
  }),
});

export const ProjectUpdateInput = builder.inputType('ProjectUpdateInput', {
  description:
    'Changes to a project: only the fields given change. Null keeps a field as it is, except `endDate`, `description` and `implementingOrganisationId`, which null clears. Validated with @crc/domain `ProjectUpdateSchema`, then the result as a whole (an end date before the start date is refused however it comes about).',
  fields: (t) => ({
    programmeId: t.id({
      required: false,
      description: 'Move the project to this programme; its funding moves with it.',
    }),
    code: t.string({ required: false, description: 'New code, unique across projects.' }),
    title: t.string({ required: false, description: 'New title.' }),
    description: t.string({ required: false, description: 'New description; null clears it.' }),
    type: t.field({ type: ProjectTypeEnum, required: false, description: 'New type.' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'New sector.' }),
    iatiStatus: t.field({ type: ActivityStatusEnum, required: false, description: 'New IATI activity status.' }),
    areaPcode: t.string({ required: false, description: 'New area p-code.' }),
    implementingOrganisationId: t.id({ required: false, description: 'New implementing partner; null clears it.' }),
    donorOrganisationIds: t.idList({ required: false, description: 'Replaces the declared donors.' }),
    startDate: t.field({ type: 'Date', required: false, description: 'New first day.' }),
    endDate: t.field({
      type: 'Date',
      required: false,
      description: 'New last day; null clears it (an open-ended project).',
    }),
    beneficiariesTargeted: t.field({
      type: BeneficiaryTargetsInput,
      required: false,
      description: 'New targets; replaces both figures (an omitted figure is cleared).',
    }),
  }),
});

builder.mutationField('createProject', (t) =>
  t.prismaField({
    type: ProjectRef,
    description:
      'Creates a project in a programme. ADMIN only: projects are programme records, not records of one centre. Validates the input (ValidationError naming each field), checks that the programme, area and organisations exist (NotFoundError), then writes the project, its donors and one audit-log row in one transaction.',
    authScopes: { admin: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS],
      union: { name: 'CreateProjectResult', description: 'The created project, or why nothing was written.' },
      result: { name: 'CreateProjectSuccess', description: 'The project was created.' },
      dataField: { name: 'project', description: 'The new project.' },
    },
    args: { input: t.arg({ type: ProjectCreateInput, required: true, description: 'The project to create.' }) },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await createProject(context.prisma, commandActor(context.viewer), {
        ...input,
        programmeId: idFromInput(input.programmeId, 'Programme'),
        implementingOrganisationId: optionalIdFromInput(input.implementingOrganisationId, 'Organisation'),
        donorOrganisationIds: input.donorOrganisationIds?.map((id) => idFromInput(id, 'Organisation')),
      });
      return context.prisma.project.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
);

builder.mutationField('updateProject', (t) =>
  t.prismaField({
    type: ProjectRef,
    description:
      'Changes some fields of a project (the others keep their values). ADMIN only. Validates the change and the project it produces (ValidationError naming each field), checks referenced records (NotFoundError), then writes the change and one audit-log row with the project before and after, in one transaction.',
    authScopes: { admin: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS],
      union: { name: 'UpdateProjectResult', description: 'The updated project, or why nothing was written.' },
      result: { name: 'UpdateProjectSuccess', description: 'The project was updated.' },
      dataField: { name: 'project', description: 'The project as it now is.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The project’s global id (or its UUID).' }),
      input: t.arg({ type: ProjectUpdateInput, required: true, description: 'The fields to change.' }),
    },
    resolve: async (query, _root, args, context) => {
      const { input } = args;
      const result = await updateProject(context.prisma, commandActor(context.viewer), {
        projectId: idFromInput(args.id, 'Project'),
        patch: {
          ...input,
          programmeId: optionalIdFromInput(input.programmeId, 'Programme'),
          implementingOrganisationId: optionalIdFromInput(input.implementingOrganisationId, 'Organisation'),
          donorOrganisationIds: input.donorOrganisationIds?.map((id) => idFromInput(id, 'Organisation')),
        },
      });
      return context.prisma.project.findUniqueOrThrow({ ...query, where: { id: commandValue(result, context).id } });
    },
  }),
);
