import { EvaluationCreateSchema } from '@crc/domain';
import type { z } from 'zod';
import { EVALUATION_RECORD, type EvaluationRecord } from '../feedback/evaluation-record';
import type { Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { missingArea, missingProgramme } from './record-checks';
import { writeAudit } from './write-audit';

export type RecordEvaluationInput = NullableInput<z.input<typeof EvaluationCreateSchema>> & {
  /** Demo loaders mark their generated evaluations; published ones are not illustrative. */
  readonly illustrative?: boolean;
};

/**
 * Records a monitoring and evaluation exercise with its findings. ADMIN only (M&E
 * teams report programme-wide). Evaluations hold counts and shares, no personal data,
 * so the audit entry keeps the whole record.
 */
export async function recordEvaluation(
  db: CommandDb,
  actor: Actor,
  input: RecordEvaluationInput,
): Promise<CommandResult<EvaluationRecord>> {
  if (actor.role !== 'ADMIN') return forbidden('code', 'role');
  const { illustrative = false, ...fields } = input;
  // Respondent counts are nullable on purpose ("not reported"): keep their nulls.
  const parsed = validateInput(EvaluationCreateSchema, {
    ...withoutNulls(fields),
    ...(fields.respondents ? { respondents: fields.respondents } : {}),
  });
  if (!parsed.ok) return parsed;
  const evaluation = parsed.value;

  return inTransaction(db, async (tx) => {
    const missing =
      (evaluation.programmeId === undefined
        ? undefined
        : await missingProgramme(tx, 'programmeId', evaluation.programmeId)) ??
      (evaluation.areaPcode === undefined ? undefined : missingArea('areaPcode', evaluation.areaPcode));
    if (missing !== undefined) return missing;
    if (evaluation.projectIds.length > 0) {
      const found = new Set(
        (await tx.project.findMany({ where: { id: { in: evaluation.projectIds } }, select: { id: true } })).map(
          (p) => p.id,
        ),
      );
      const absent = evaluation.projectIds.find((id) => !found.has(id));
      if (absent !== undefined) return notFound('Project', 'projectIds', absent);
    }
    if ((await tx.evaluation.findUnique({ where: { code: evaluation.code }, select: { id: true } })) !== null) {
      return ruleBroken('code', 'code_in_use', `another evaluation has the code ${evaluation.code}`, {
        value: evaluation.code,
      });
    }
    const row = await tx.evaluation.create({
      data: {
        code: evaluation.code,
        title: evaluation.title,
        programmeId: evaluation.programmeId ?? null,
        projectsEvaluated: evaluation.projectsEvaluated,
        methods: evaluation.methods,
        startedOn: dateColumn(evaluation.startedOn),
        endedOn: dateColumn(evaluation.endedOn),
        areaPcode: evaluation.areaPcode ?? null,
        respondentsFemale: evaluation.respondents.female,
        respondentsMale: evaluation.respondents.male,
        targetedIndividuals: evaluation.targetedIndividuals ?? null,
        beneficiaryShareFemalePercent: evaluation.beneficiarySharePercent?.female ?? null,
        beneficiaryShareMalePercent: evaluation.beneficiarySharePercent?.male ?? null,
        source: evaluation.source,
        illustrative,
        projects: { create: evaluation.projectIds.map((projectId) => ({ projectId })) },
        findings: {
          create: evaluation.findings.map((finding, position) => ({
            position,
            ...finding,
            change: String(finding.change),
          })),
        },
      },
      select: EVALUATION_RECORD,
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'Evaluation', entityId: row.id, after: row });
    return succeeded(row);
  });
}
