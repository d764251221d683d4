import { randomUUID } from 'node:crypto';
import { getArea, ProjectCreateSchema } from '@crc/domain';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { requireOrganisations } from '../organisations/require-organisations';
import { dateColumn } from '../common/calendar-date';
import { fieldProblem } from '../common/field-problem';
import { idFromInput, optionalIdFromInput } from '../common/ids';
import { recordNotFound } from '../common/record-not-found';
import { withoutNulls } from '../common/without-nulls';
import { PROJECT_AUDIT_SELECTION } from './project-audit';
import { ProjectExtrasSchema } from './project-extras';
import { ProjectCreateInput } from './project-input';

builder.mutationField('createProject', (t) =>
  t.prismaField({
    type: 'Project',
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
      const raw = withoutNulls(args.input);
      const candidate = {
        ...raw,
        programmeId: idFromInput(String(args.input.programmeId), 'Programme'),
        implementingOrganisationId: optionalIdFromInput(args.input.implementingOrganisationId?.toString(), 'Organisation'),
        donorOrganisationIds: args.input.donorOrganisationIds?.map((id) => idFromInput(String(id), 'Organisation')),
      };
      const input = parseInput(ProjectCreateSchema.and(ProjectExtrasSchema), candidate, context);

      const id = await context.prisma.$transaction(async (tx) => {
        const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
        if (programme === null) throw recordNotFound(context, 'Programme', 'programmeId', input.programmeId);
        if (getArea(input.areaPcode) === undefined) throw recordNotFound(context, 'AdminArea', 'areaPcode', input.areaPcode);
        await requireOrganisations(tx, context, [
          { field: 'implementingOrganisationId', id: input.implementingOrganisationId },
          ...(input.donorOrganisationIds ?? []).map((donorId) => ({ field: 'donorOrganisationIds', id: donorId })),
        ]);
        if (input.code !== undefined && (await tx.project.findUnique({ where: { code: input.code }, select: { id: true } })) !== null) {
          throw fieldProblem(context, 'code', 'gateway.codeInUse', { value: input.code });
        }
        const projectId = randomUUID();
        const project = await tx.project.create({
          data: {
            id: projectId,
            code: input.code ?? projectId,
            programmeId: input.programmeId,
            title: input.title,
            description: input.description ?? null,
            type: input.type,
            sector: input.sector,
            status: input.iatiStatus,
            areaPcode: input.areaPcode,
            implementingOrganisationId: input.implementingOrganisationId ?? null,
            startDate: dateColumn(input.startDate),
            endDate: input.endDate === undefined ? null : dateColumn(input.endDate),
            targetIndividuals: input.beneficiariesTargeted?.individuals ?? null,
            targetHouseholds: input.beneficiariesTargeted?.households ?? null,
            donors: { create: (input.donorOrganisationIds ?? []).map((organisationId) => ({ organisationId })) },
          },
          select: PROJECT_AUDIT_SELECTION,
        });
        await recordAudit(tx, context.viewer, { action: 'create', entity: 'Project', entityId: project.id, after: project });
        return project.id;
      });
      return context.prisma.project.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
