import { getArea, ProjectUpdateSchema } from '@crc/domain';
import { recordAudit } from '../../audit/record-audit';
import { builder } from '../../builder';
import { parseInput } from '../../errors/parse-input';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import { requireOrganisations } from '../organisations/require-organisations';
import { dateColumn, isoDateOf } from '../common/calendar-date';
import { fieldProblem } from '../common/field-problem';
import { idFromInput, optionalIdFromInput, uuidFromArgument } from '../common/ids';
import { recordNotFound } from '../common/record-not-found';
import { withoutNulls } from '../common/without-nulls';
import { PROJECT_AUDIT_SELECTION } from './project-audit';
import { ProjectExtrasSchema } from './project-extras';
import { ProjectUpdateInput } from './project-input';

/** Fields an explicit null clears; for every other field null means "keep". */
const CLEARABLE = ['description', 'implementingOrganisationId', 'endDate'] as const;

builder.mutationField('updateProject', (t) =>
  t.prismaField({
    type: 'Project',
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
      const given = args.input;
      const clears = CLEARABLE.filter((field) => given[field] === null);
      const candidate = {
        ...withoutNulls(given),
        programmeId: optionalIdFromInput(given.programmeId?.toString(), 'Programme'),
        implementingOrganisationId: optionalIdFromInput(given.implementingOrganisationId?.toString(), 'Organisation'),
        donorOrganisationIds: given.donorOrganisationIds?.map((id) => idFromInput(String(id), 'Organisation')),
      };
      // A patch that only clears fields has nothing for the schema to check, but is a change.
      const hasValues = Object.values(candidate).some((value) => value !== undefined);
      const patch = hasValues || clears.length === 0 ? parseInput(ProjectUpdateSchema.and(ProjectExtrasSchema), candidate, context) : {};

      const projectId = uuidFromArgument(String(args.id), 'Project');
      const id = await context.prisma.$transaction(async (tx) => {
        const before = projectId === null ? null : await tx.project.findUnique({ where: { id: projectId }, select: PROJECT_AUDIT_SELECTION });
        if (before === null) throw recordNotFound(context, 'Project', 'projectId', String(args.id));

        // The project as it would be: the rules across fields (end not before start, a closed project has an end) hold for it as a whole.
        const startDate = patch.startDate ?? (before.startDate === null ? undefined : isoDateOf(before.startDate));
        const endDate = clears.includes('endDate') ? undefined : (patch.endDate ?? (before.endDate === null ? undefined : isoDateOf(before.endDate)));
        parseInput(ProjectUpdateSchema, { startDate, endDate, iatiStatus: patch.iatiStatus ?? before.status }, context);

        if (patch.programmeId !== undefined && patch.programmeId !== before.programmeId) {
          const programme = await tx.programme.findUnique({ where: { id: patch.programmeId }, select: { id: true } });
          if (programme === null) throw recordNotFound(context, 'Programme', 'programmeId', patch.programmeId);
        }
        if (patch.areaPcode !== undefined && getArea(patch.areaPcode) === undefined) {
          throw recordNotFound(context, 'AdminArea', 'areaPcode', patch.areaPcode);
        }
        await requireOrganisations(tx, context, [
          { field: 'implementingOrganisationId', id: patch.implementingOrganisationId },
          ...(patch.donorOrganisationIds ?? []).map((donorId) => ({ field: 'donorOrganisationIds', id: donorId })),
        ]);
        if (patch.code !== undefined && patch.code !== before.code) {
          const holder = await tx.project.findUnique({ where: { code: patch.code }, select: { id: true } });
          if (holder !== null) throw fieldProblem(context, 'code', 'gateway.codeInUse', { value: patch.code });
        }

        const after = await tx.project.update({
          where: { id: before.id },
          data: {
            ...(patch.programmeId === undefined ? {} : { programmeId: patch.programmeId }),
            ...(patch.code === undefined ? {} : { code: patch.code }),
            ...(patch.title === undefined ? {} : { title: patch.title }),
            ...(patch.type === undefined ? {} : { type: patch.type }),
            ...(patch.sector === undefined ? {} : { sector: patch.sector }),
            ...(patch.iatiStatus === undefined ? {} : { status: patch.iatiStatus }),
            ...(patch.areaPcode === undefined ? {} : { areaPcode: patch.areaPcode }),
            ...(patch.startDate === undefined ? {} : { startDate: dateColumn(patch.startDate) }),
            ...(patch.endDate === undefined ? {} : { endDate: dateColumn(patch.endDate) }),
            ...(patch.description === undefined ? {} : { description: patch.description }),
            ...(patch.implementingOrganisationId === undefined ? {} : { implementingOrganisationId: patch.implementingOrganisationId }),
            ...(patch.beneficiariesTargeted === undefined
              ? {}
              : {
                  targetIndividuals: patch.beneficiariesTargeted.individuals ?? null,
                  targetHouseholds: patch.beneficiariesTargeted.households ?? null,
                }),
            ...Object.fromEntries(clears.map((field) => [field, null])),
            ...(patch.donorOrganisationIds === undefined
              ? {}
              : { donors: { deleteMany: {}, create: patch.donorOrganisationIds.map((organisationId) => ({ organisationId })) } }),
          },
          select: PROJECT_AUDIT_SELECTION,
        });
        // Funding of a project counts towards its programme (programme totals group on funding.programme_id).
        if (after.programmeId !== before.programmeId) {
          await tx.funding.updateMany({ where: { projectId: before.id }, data: { programmeId: after.programmeId } });
        }
        await recordAudit(tx, context.viewer, { action: 'update', entity: 'Project', entityId: before.id, before, after });
        return before.id;
      });
      return context.prisma.project.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
