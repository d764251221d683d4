import { CONSENT_PURPOSES, type ConsentPurpose } from '../vocabularies/consent-purposes';

/** A person's consent as stored: when it was given, the purposes agreed to, and those withdrawn since. */
export interface ConsentState {
  /** Null for people registered before consent was recorded by purpose. */
  readonly givenOn: string | Date | null;
  readonly purposesGiven: readonly string[];
  readonly purposesWithdrawn: readonly string[];
}

/**
 * The purposes in force: given and not withdrawn. People registered before consent was
 * recorded by purpose (no `givenOn`) consented on the paper form, which covered every
 * purpose; for them only a withdrawal counts. Withdrawing `data_processing` withdraws
 * everything, because every other use builds on the data being kept and used.
 */
export function purposesInForce(consent: ConsentState): ConsentPurpose[] {
  const withdrawn = new Set(consent.purposesWithdrawn);
  if (withdrawn.has('data_processing')) return [];
  const given: readonly string[] =
    consent.givenOn === null ? CONSENT_PURPOSES.map((purpose) => purpose.code) : consent.purposesGiven;
  return given.filter((purpose) => !withdrawn.has(purpose)) as ConsentPurpose[];
}

/**
 * The uses of a person's data that consent governs, and the purpose each needs:
 * - `services`: new deliveries, referrals and household changes need `data_processing`;
 * - `referral_to_partner`: a referral to another organisation shares the data and needs `sharing_with_partners`;
 * - `contact`: calling the person (serving the phone number) needs `contact`;
 * - `figures`: being counted in figures needs `data_processing` (anonymous, perturbed counts are
 *   part of the service the person agreed to; after a withdrawal they leave every figure,
 *   past periods included).
 */
export type ConsentUse = 'services' | 'referral_to_partner' | 'contact' | 'figures';

const PURPOSE_OF_USE: Readonly<Record<ConsentUse, ConsentPurpose>> = {
  services: 'data_processing',
  referral_to_partner: 'sharing_with_partners',
  contact: 'contact',
  figures: 'data_processing',
};

export function consentAllows(consent: ConsentState, use: ConsentUse): boolean {
  return purposesInForce(consent).includes(PURPOSE_OF_USE[use]);
}
