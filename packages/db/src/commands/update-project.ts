import { ProjectUpdateSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { dateColumn, isoDateOf } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import type { NullableInput } from './nullable-input';
import { withoutNulls } from './nullable-input';
import { PROJECT_RECORD, ProjectExtrasSchema, type ProjectRecord } from './project-record';
import { isRecordId, missingArea, missingOrganisation, missingProgramme } from './record-checks';
import { writeAudit } from './write-audit';

// safeExtend keeps the domain's checks and runs them on the whole patch: a patch of donors alone is a change.
const ProjectPatchSchema = ProjectUpdateSchema.safeExtend(ProjectExtrasSchema.shape);

/** Fields null clears; every other field cannot be empty, so null there keeps its value. */
const CLEARABLE = ['description', 'implementingOrganisationId', 'endDate'] as const;

export interface UpdateProjectInput {
  /** The project's UUID. */
  readonly projectId: string;
  /** The fields to change; a field left out (or null, except CLEARABLE ones) keeps its value. */
  readonly patch: NullableInput<z.input<typeof ProjectPatchSchema>>;
}

/**
 * Changes some fields of a project. ADMIN only. Validates the patch and then the
 * project it produces as a whole (an end date before the stored start date is refused),
 * checks the records it names, writes the change, moves the project's funding with it
 * to a new programme, and audits the project before and after.
 */
export async function updateProject(
  db: CommandDb,
  actor: Actor,
  input: UpdateProjectInput,
): Promise<CommandResult<ProjectRecord>> {
  if (actor.role !== 'ADMIN') return forbidden('projectId', 'role');
  const clears = CLEARABLE.filter((field) => input.patch[field] === null);
  const given = withoutNulls(input.patch);
  // A patch that only clears fields has nothing for the schema to check, but is a change.
  const parsed =
    Object.keys(given).length > 0 || clears.length === 0 ? validateInput(ProjectPatchSchema, given) : succeeded({});
  if (!parsed.ok) return parsed;
  const patch: z.output<typeof ProjectPatchSchema> = parsed.value;

  return inTransaction(db, async (tx) => {
    const before = isRecordId(input.projectId)
      ? await tx.project.findUnique({ where: { id: input.projectId }, select: PROJECT_RECORD })
      : null;
    if (before === null) return notFound('Project', 'projectId', input.projectId);

    // The project as it would be: rules across fields (end not before start, a closed project has an end) hold for it as a whole.
    const whole = validateInput(ProjectUpdateSchema, {
      startDate: patch.startDate ?? (before.startDate === null ? undefined : isoDateOf(before.startDate)),
      endDate: clears.includes('endDate')
        ? undefined
        : (patch.endDate ?? (before.endDate === null ? undefined : isoDateOf(before.endDate))),
      iatiStatus: patch.iatiStatus ?? before.status,
    });
    if (!whole.ok) return whole;

    const missing =
      (patch.programmeId !== undefined && patch.programmeId !== before.programmeId
        ? await missingProgramme(tx, 'programmeId', patch.programmeId)
        : undefined) ??
      (patch.areaPcode === undefined ? undefined : missingArea('areaPcode', patch.areaPcode)) ??
      (await missingOrganisation(tx, [
        { field: 'implementingOrganisationId', id: patch.implementingOrganisationId },
        ...(patch.donorOrganisationIds ?? []).map((id) => ({ field: 'donorOrganisationIds', id })),
      ]));
    if (missing !== undefined) return missing;
    if (patch.code !== undefined && patch.code !== before.code) {
      const holder = await tx.project.findUnique({ where: { code: patch.code }, select: { id: true } });
      if (holder !== null)
        return ruleBroken('code', 'code_in_use', `another project has the code ${patch.code}`, { value: patch.code });
    }

    const {
      beneficiariesTargeted: targets,
      donorOrganisationIds: donors,
      iatiStatus,
      startDate,
      endDate,
      ...columns
    } = patch;
    const after = await tx.project.update({
      where: { id: before.id },
      data: {
        ...columns,
        ...(iatiStatus === undefined ? {} : { status: iatiStatus }),
        ...(startDate === undefined ? {} : { startDate: dateColumn(startDate) }),
        ...(endDate === undefined ? {} : { endDate: dateColumn(endDate) }),
        ...(targets === undefined
          ? {}
          : { targetIndividuals: targets.individuals ?? null, targetHouseholds: targets.households ?? null }),
        ...Object.fromEntries(clears.map((field) => [field, null])),
        ...(donors === undefined
          ? {}
          : { donors: { deleteMany: {}, create: donors.map((organisationId) => ({ organisationId })) } }),
      },
      select: PROJECT_RECORD,
    });
    // Funding of a project counts towards its programme (programme totals group on funding.programme_id).
    if (after.programmeId !== before.programmeId) {
      await tx.funding.updateMany({ where: { projectId: before.id }, data: { programmeId: after.programmeId } });
    }
    await writeAudit(tx, actor, { action: 'update', entity: 'Project', entityId: before.id, before, after });
    return succeeded(after);
  });
}
