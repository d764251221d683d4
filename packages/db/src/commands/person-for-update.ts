import type { Beneficiary } from '../generated/prisma/client';
import type { Actor } from './actor';
import type { Forbidden, Invalid, NotFound } from './command-result';
import type { Tx } from './in-transaction';
import { ruleBroken } from './input-error';
import { notOwnBeneficiary } from './people-checks';

/**
 * The person a people command changes, locked for the rest of the transaction (two
 * changes to one person's consent or record run one after the other): the actor's,
 * and neither erased nor merged into another record.
 */
export async function personForUpdate(
  tx: Tx,
  actor: Actor,
  field: string,
  beneficiaryId: string,
): Promise<Beneficiary | NotFound | Forbidden | Invalid> {
  const problem = await notOwnBeneficiary(tx, actor, field, beneficiaryId);
  if (problem !== undefined) return problem;
  await tx.$queryRaw`SELECT id FROM beneficiary WHERE id = ${beneficiaryId}::uuid FOR UPDATE`;
  const person = await tx.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryId } });
  if (person.erasedAt !== null) return ruleBroken(field, 'erased_person', 'was erased');
  if (person.mergedIntoId !== null)
    return ruleBroken(field, 'merged_person', 'was merged into another record: name that record instead');
  return person;
}

/** Whether a lookup answered a failure rather than the row. */
export function isFailure<T extends object>(
  value: T | NotFound | Forbidden | Invalid,
): value is NotFound | Forbidden | Invalid {
  return 'ok' in value && value.ok === false;
}
