import { ConsentGivenSchema } from '@crc/domain';
import type { z } from 'zod';
import type { Beneficiary } from '../generated/prisma/client';
import type { Actor } from './actor';
import { succeeded, type CommandResult } from './command-result';
import { dateColumn } from './date-column';
import { inTransaction, type CommandDb } from './in-transaction';
import { validateInput } from './input-error';
import { withoutNulls, type NullableInput } from './nullable-input';
import { peopleRoleRefused } from './people-checks';
import { isFailure, personForUpdate } from './person-for-update';
import { writeAudit } from './write-audit';

export type RecordConsentInput = NullableInput<Omit<z.input<typeof ConsentGivenSchema>, 'purposes'>> & {
  readonly purposes: readonly string[];
};

/** The consent columns of a person, for the audit log (codes and dates: not personal values). */
export function consentColumns(person: Beneficiary) {
  return {
    consentGivenOn: person.consentGivenOn,
    consentPurposes: person.consentPurposes,
    consentRecordedHow: person.consentRecordedHow,
    consentWithdrawnOn: person.consentWithdrawnOn,
    consentPurposesWithdrawn: person.consentPurposesWithdrawn,
  };
}

/**
 * Records consent given by a registered person (CENTRE_STAFF of their centre, or ADMIN):
 * the purposes join those given, a purpose withdrawn before is given anew, and the date
 * and way of recording become this consent's.
 */
export async function recordConsent(
  db: CommandDb,
  actor: Actor,
  input: RecordConsentInput,
): Promise<CommandResult<Beneficiary>> {
  const refused = peopleRoleRefused(actor, 'beneficiaryId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(ConsentGivenSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const consent = parsed.value;

  return inTransaction(db, async (tx) => {
    const person = await personForUpdate(tx, actor, 'beneficiaryId', consent.beneficiaryId);
    if (isFailure(person)) return person;
    const given = new Set<string>(consent.purposes);
    const updated = await tx.beneficiary.update({
      where: { id: person.id },
      data: {
        consentGivenOn: dateColumn(consent.givenOn),
        consentPurposes: [...new Set([...person.consentPurposes, ...consent.purposes])],
        consentRecordedHow: consent.recordedHow,
        consentPurposesWithdrawn: person.consentPurposesWithdrawn.filter((purpose) => !given.has(purpose)),
      },
    });
    await writeAudit(tx, actor, {
      action: 'record_consent',
      entity: 'Beneficiary',
      entityId: person.id,
      before: consentColumns(person),
      after: consentColumns(updated),
    });
    return succeeded(updated);
  });
}
