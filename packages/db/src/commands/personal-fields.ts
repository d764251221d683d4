import { BENEFICIARY_PERSONAL_FIELDS, REFERRAL_PERSONAL_FIELDS, WASHINGTON_GROUP_DOMAINS } from '@crc/domain';
import { disabilityColumnOf } from './disability-columns';

/**
 * Fields that hold personal data, per model, from @crc/domain's personal-data registry
 * (the model's fields carry the domain's names). The audit log names them when they
 * change and never keeps their values. `nameKey` is the folded full name; the
 * Washington Group answers are health data; a duplicate decision's reason is free text
 * that may name the people.
 */
export const PERSONAL_FIELDS_BY_MODEL: Readonly<Record<string, ReadonlySet<string>>> = {
  Beneficiary: new Set([
    ...BENEFICIARY_PERSONAL_FIELDS,
    'nameKey',
    // Derived from the name (`mhmd hsn`): as identifying as nameKey.
    'nameSoundKey',
    ...WASHINGTON_GROUP_DOMAINS.map((domain) => disabilityColumnOf(domain.code)),
  ]),
  Referral: new Set(REFERRAL_PERSONAL_FIELDS),
  DuplicatePair: new Set(['decisionReason']),
};
