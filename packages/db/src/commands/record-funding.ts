import { FundingCreateSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Funding } from '../generated/prisma/client';
import type { Actor } from './actor';
import { forbidden, notFound, succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { ruleBroken, validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { isRecordId, missingOrganisation, missingProgramme } from './record-checks';
import { writeAudit } from './write-audit';

/** funding.amount is NUMERIC(18, 2): 16 digits before the point. */
const MAX_WHOLE_DIGITS = 16;

export type RecordFundingInput = NullableInput<z.input<typeof FundingCreateSchema>>;

/**
 * Records a funding transaction for a programme or a project. ADMIN only: funding is a
 * programme record. Funding of a project is stored with the project's programme, so
 * programme totals are one GROUP BY; naming another programme than the project's is refused.
 */
export async function recordFunding(
  db: CommandDb,
  actor: Actor,
  input: RecordFundingInput,
): Promise<CommandResult<Funding>> {
  if (actor.role !== 'ADMIN') return forbidden('programmeId', 'role');
  const parsed = validateInput(FundingCreateSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const funding = parsed.value;
  if ((funding.amount.split('.')[0] ?? '').length > MAX_WHOLE_DIGITS) {
    return ruleBroken('amount', 'too_many_digits', `at most ${MAX_WHOLE_DIGITS} digits before the decimal point`, {
      digits: MAX_WHOLE_DIGITS,
    });
  }

  return inTransaction(db, async (tx) => {
    let programmeId = funding.programmeId;
    if (funding.projectId !== undefined) {
      const project = isRecordId(funding.projectId)
        ? await tx.project.findUnique({ where: { id: funding.projectId }, select: { programmeId: true } })
        : null;
      if (project === null) return notFound('Project', 'projectId', funding.projectId);
      if (programmeId !== undefined && programmeId !== project.programmeId) {
        return ruleBroken(
          'projectId',
          'project_in_other_programme',
          'the project belongs to another programme than the one given',
        );
      }
      programmeId = project.programmeId;
    } else if (programmeId !== undefined) {
      const missing = await missingProgramme(tx, 'programmeId', programmeId);
      if (missing !== undefined) return missing;
    }
    const missing = await missingOrganisation(tx, [
      { field: 'donorOrganisationId', id: funding.donorOrganisationId },
      { field: 'recipientOrganisationId', id: funding.recipientOrganisationId },
    ]);
    if (missing !== undefined) return missing;
    const row = await tx.funding.create({
      data: {
        programmeId: programmeId ?? null,
        projectId: funding.projectId ?? null,
        donorOrganisationId: funding.donorOrganisationId,
        recipientOrganisationId: funding.recipientOrganisationId,
        transactionType: funding.transactionType,
        amount: funding.amount,
        currency: funding.currency,
        transactionDate: dateColumn(funding.transactionDate),
        description: funding.description ?? null,
      },
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'Funding', entityId: row.id, after: row });
    return succeeded(row);
  });
}
