import { BENEFICIARY_PERSONAL_FIELDS, personalFieldsOf, ReferralSchema } from '@crc/domain';

/**
 * Fields that hold personal data, per model, from @crc/domain's personal-data registry
 * (the model's fields carry the domain's names). The audit log names them when they
 * change and never keeps their values. `nameKey` is the folded full name.
 */
export const PERSONAL_FIELDS_BY_MODEL: Readonly<Record<string, ReadonlySet<string>>> = {
  Beneficiary: new Set([...BENEFICIARY_PERSONAL_FIELDS, 'nameKey']),
  Referral: new Set(personalFieldsOf(ReferralSchema)),
};
