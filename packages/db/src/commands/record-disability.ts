import { DisabilityRecordSchema, WASHINGTON_GROUP_DOMAINS } from '@crc/domain';
import type { z } from 'zod';
import type { Beneficiary } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { disabilityColumnOf } from './disability-columns';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { isFailure, personForUpdate } from './person-for-update';
import { writeAudit } from './write-audit';

export type RecordDisabilityInput = NullableInput<z.input<typeof DisabilityRecordSchema>>;

/** The six answer columns of a person. */
export function disabilityColumns(person: Beneficiary) {
  return Object.fromEntries(
    WASHINGTON_GROUP_DOMAINS.map((domain) => [
      disabilityColumnOf(domain.code),
      person[disabilityColumnOf(domain.code)],
    ]),
  );
}

/**
 * Records a person's answers to the Washington Group Short Set (CENTRE_STAFF of their
 * centre, or ADMIN). The answers replace the earlier ones, all six together (a domain not
 * asked this time becomes unknown): the set is asked, and valid, as a whole. Health data:
 * the audit entry names the columns, never the answers.
 */
export async function recordDisability(
  db: CommandDb,
  actor: Actor,
  input: RecordDisabilityInput,
): Promise<CommandResult<Beneficiary>> {
  const refused = peopleRoleRefused(actor, 'beneficiaryId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(DisabilityRecordSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const record = parsed.value;

  return inTransaction(db, async (tx) => {
    const person = await personForUpdate(tx, actor, 'beneficiaryId', record.beneficiaryId);
    if (isFailure(person)) return person;
    const answers = Object.fromEntries(
      WASHINGTON_GROUP_DOMAINS.map((domain) => [disabilityColumnOf(domain.code), record.answers[domain.code] ?? null]),
    );
    const updated = await tx.beneficiary.update({
      where: { id: person.id },
      data: { ...answers, disabilityAskedOn: dateColumn(record.askedOn) },
    });
    await writeAudit(tx, actor, {
      action: 'record_disability',
      entity: 'Beneficiary',
      entityId: person.id,
      before: { ...disabilityColumns(person), disabilityAskedOn: person.disabilityAskedOn },
      after: { ...disabilityColumns(updated), disabilityAskedOn: updated.disabilityAskedOn },
    });
    return succeeded(updated);
  });
}
