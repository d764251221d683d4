import { ConsentWithdrawalSchema } from '@crc/domain';
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
import { consentColumns } from './record-consent';
import { writeAudit } from './write-audit';

export type WithdrawConsentInput = NullableInput<Omit<z.input<typeof ConsentWithdrawalSchema>, 'purposes'>> & {
  readonly purposes: readonly string[];
};

/**
 * Records that a person withdrew consent for some purposes (CENTRE_STAFF of their centre,
 * or ADMIN). What each withdrawal stops is @crc/domain `consentAllows`: the commands that
 * use the data check it (deliveries, referrals, households), the graph stops serving the
 * phone without `contact`, and the figures leave out people without `data_processing`.
 * Withdrawing a purpose already withdrawn changes nothing but the date.
 */
export async function withdrawConsent(
  db: CommandDb,
  actor: Actor,
  input: WithdrawConsentInput,
): Promise<CommandResult<Beneficiary>> {
  const refused = peopleRoleRefused(actor, 'beneficiaryId');
  if (refused !== undefined) return refused;
  const parsed = validateInput(ConsentWithdrawalSchema, withoutNulls(input));
  if (!parsed.ok) return parsed;
  const withdrawal = parsed.value;

  return inTransaction(db, async (tx) => {
    const person = await personForUpdate(tx, actor, 'beneficiaryId', withdrawal.beneficiaryId);
    if (isFailure(person)) return person;
    const updated = await tx.beneficiary.update({
      where: { id: person.id },
      data: {
        consentWithdrawnOn: dateColumn(withdrawal.withdrawnOn),
        consentPurposesWithdrawn: [...new Set([...person.consentPurposesWithdrawn, ...withdrawal.purposes])],
      },
    });
    await writeAudit(tx, actor, {
      action: 'withdraw_consent',
      entity: 'Beneficiary',
      entityId: person.id,
      before: consentColumns(person),
      after: consentColumns(updated),
    });
    return succeeded(updated);
  });
}
