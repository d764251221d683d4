import { randomUUID } from 'node:crypto';
import { ProjectCreateSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Actor } from './actor';
import { forbidden, succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { PROJECT_RECORD, ProjectExtrasSchema, type ProjectRecord } from './project-record';
import { missingArea, missingOrganisation, missingProgramme } from './record-checks';
import { writeAudit } from './write-audit';

const NewProjectSchema = ProjectCreateSchema.safeExtend(ProjectExtrasSchema.shape);

/** A new project; `code` defaults to the project's id. */
export type CreateProjectInput = NullableInput<z.input<typeof NewProjectSchema>>;

/**
 * Creates a project in a programme. ADMIN only: projects are programme records, not
 * records of one centre. Checks that the programme, area and organisations exist and
 * that the code is free, then writes the project, its donors and its audit entry.
 */
export async function createProject(
  db: CommandDb,
  actor: Actor,
  input: CreateProjectInput,
): Promise<CommandResult<ProjectRecord>> {
  if (actor.role !== 'ADMIN') return forbidden('programmeId', 'role');
  const parsed = validateInput(NewProjectSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const project = parsed.value;

  return inTransaction(db, async (tx) => {
    const missing =
      (await missingProgramme(tx, 'programmeId', project.programmeId)) ??
      missingArea('areaPcode', project.areaPcode) ??
      (await missingOrganisation(tx, [
        { field: 'implementingOrganisationId', id: project.implementingOrganisationId },
        ...(project.donorOrganisationIds ?? []).map((id) => ({ field: 'donorOrganisationIds', id })),
      ]));
    if (missing !== undefined) return missing;
    if (
      project.code !== undefined &&
      (await tx.project.findUnique({ where: { code: project.code }, select: { id: true } })) !== null
    ) {
      return ruleBroken('code', 'code_in_use', `another project has the code ${project.code}`, { value: project.code });
    }
    const id = randomUUID();
    const created = await tx.project.create({
      data: {
        id,
        code: project.code ?? id,
        programmeId: project.programmeId,
        title: project.title,
        description: project.description ?? null,
        type: project.type,
        sector: project.sector,
        status: project.iatiStatus,
        areaPcode: project.areaPcode,
        implementingOrganisationId: project.implementingOrganisationId ?? null,
        startDate: dateColumn(project.startDate),
        endDate: project.endDate === undefined ? null : dateColumn(project.endDate),
        targetIndividuals: project.beneficiariesTargeted?.individuals ?? null,
        targetHouseholds: project.beneficiariesTargeted?.households ?? null,
        donors: { create: (project.donorOrganisationIds ?? []).map((organisationId) => ({ organisationId })) },
      },
      select: PROJECT_RECORD,
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'Project', entityId: id, after: created });
    return succeeded(created);
  });
}
