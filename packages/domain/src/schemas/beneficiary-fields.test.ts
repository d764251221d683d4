import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../vocabularies/registry';
import { BeneficiaryCreateSchema, BENEFICIARY_PERSONAL_FIELDS } from './beneficiary';
import { BENEFICIARY_EXAMPLE, BENEFICIARY_FIELD_NAMES, beneficiaryField } from './beneficiary-fields';

describe('BENEFICIARY_FIELDS', () => {
  it.each(BENEFICIARY_FIELD_NAMES)('%s: its example passes its own schema, with a label and a description', (name) => {
    const field = beneficiaryField(name);
    expect(field.schema.safeParse(field.example).success).toBe(true);
    expect(field.label.trim()).not.toBe('');
    expect(field.description.trim()).not.toBe('');
    if (field.kind === 'code') expect(Object.keys(VOCABULARIES)).toContain(field.vocabulary);
    if (field.kind === 'id') expect(field.refersTo).toBeDefined();
  });

  it('the example person is a valid registration', () => {
    const parsed = BeneficiaryCreateSchema.safeParse(BENEFICIARY_EXAMPLE);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('marks exactly the fields with a `personal` reason as personal data', () => {
    expect(BENEFICIARY_PERSONAL_FIELDS).toEqual(
      BENEFICIARY_FIELD_NAMES.filter((name) => beneficiaryField(name).personal !== undefined),
    );
  });

  it('applies the registration defaults and no others', () => {
    const { dateOfBirthEstimated: _estimated, consentToShareWithPartners: _share, ...required } = BENEFICIARY_EXAMPLE;
    expect(BeneficiaryCreateSchema.parse(required)).toMatchObject({
      dateOfBirthEstimated: false,
      consentToShareWithPartners: false,
    });
    const { givenName: _given, ...withoutName } = BENEFICIARY_EXAMPLE;
    expect(BeneficiaryCreateSchema.safeParse(withoutName).success).toBe(false);
  });
});
