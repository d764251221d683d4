import { consentAllows, type ConsentUse } from '@crc/domain';
import type { Invalid } from './command-result';
import { CONSENT_SELECT, consentOf } from './consent-state';
import type { Tx } from './in-transaction';
import { ruleBroken } from './input-error';

const WHAT_IS_MISSING: Readonly<Record<ConsentUse, string>> = {
  services: 'withdrew consent to data processing: no new records may be made about them',
  referral_to_partner: 'has not given (or withdrew) consent to sharing with partners: refer only with that consent',
  contact: 'has not given (or withdrew) consent to be contacted',
  figures: 'withdrew consent to data processing',
};

/**
 * Refuses a use of a person's data that their consent does not allow (@crc/domain
 * consentAllows), naming the input field of the person. The person must exist (check
 * notOwnBeneficiary first).
 */
export async function consentRefused(
  tx: Tx,
  field: string,
  beneficiaryId: string,
  use: ConsentUse,
): Promise<Invalid | undefined> {
  const person = await tx.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryId }, select: CONSENT_SELECT });
  return consentAllows(consentOf(person), use)
    ? undefined
    : ruleBroken(field, 'consent_withdrawn', WHAT_IS_MISSING[use]);
}
