import { BENEFICIARY_FIELD_NAMES, beneficiaryField } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { fieldIndex, headerKey, REGISTRATION_FIELDS } from './registration-fields';
import { templateLabels } from './template-labels';

describe('registration columns', () => {
  it('are every Beneficiary field of the registry but the centre (the importing one), beside the import’s own', () => {
    const keys = REGISTRATION_FIELDS.map((field) => field.key);
    expect(BENEFICIARY_FIELD_NAMES.filter((name) => !keys.includes(name))).toEqual(['registrationCentreId']);
    for (const field of REGISTRATION_FIELDS.filter((one) => (BENEFICIARY_FIELD_NAMES as string[]).includes(one.key))) {
      const declared = beneficiaryField(field.key as (typeof BENEFICIARY_FIELD_NAMES)[number]);
      expect({ key: field.key, kind: field.kind, personal: field.personal === true }).toEqual({
        key: field.key,
        kind: declared.kind,
        personal: declared.personal !== undefined,
      });
    }
  });

  it('each spelling of a column (name, snake_case, alias, label in every template language) names that column only', () => {
    const index = fieldIndex(templateLabels);
    const shared = REGISTRATION_FIELDS.flatMap((field) =>
      [field.key, ...field.aliases, ...templateLabels(field)]
        .filter((spelling) => index.get(headerKey(spelling))?.key !== field.key)
        .map((spelling) => `${field.key}: "${spelling}" names ${index.get(headerKey(spelling))?.key}`),
    );
    expect(shared).toEqual([]);
  });
});
