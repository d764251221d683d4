import type { ConsentState } from '@crc/domain';
import type { Beneficiary } from '../generated/prisma/client';

export type ConsentColumns = Pick<Beneficiary, 'consentGivenOn' | 'consentPurposes' | 'consentPurposesWithdrawn'>;

/** The columns `consentOf` reads, for a `select`. */
export const CONSENT_SELECT = { consentGivenOn: true, consentPurposes: true, consentPurposesWithdrawn: true } as const;

/** A person's consent as the domain rules read it (purposesInForce, consentAllows). */
export function consentOf(row: ConsentColumns): ConsentState {
  return {
    givenOn: row.consentGivenOn,
    purposesGiven: row.consentPurposes,
    purposesWithdrawn: row.consentPurposesWithdrawn,
  };
}
