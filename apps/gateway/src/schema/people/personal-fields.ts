import type { Beneficiary as BeneficiaryRow, Referral as ReferralRow } from '@crc/db';
import { BENEFICIARY_PERSONAL_FIELDS, ReferralSchema, personalFieldsOf } from '@crc/domain';

/*
 * The personal fields the gateway serves come from @crc/domain's personal-data
 * registry, not from a list kept here: the Beneficiary and Referral types define one
 * protected field (authScopes personalDataAt) per registered field. What this file
 * adds is only how each one is stored. A field marked personal in the domain but not
 * described here, or described here but no longer personal, stops the schema from
 * building, so a new personal field can never be served unprotected or dropped silently.
 */

/** A personal field as the API serves it; `name` is the domain's field name and the GraphQL field name. */
export interface PersonalField<Row> {
  readonly name: string;
  readonly column: keyof Row & string;
  readonly type: 'String' | 'Date';
  readonly description: string;
}

interface Storage<Row> {
  /** The column holding it; null when the database has no column for it yet (then it is neither accepted nor served). */
  readonly column: (keyof Row & string) | null;
  readonly type: 'String' | 'Date';
  readonly description: string;
}

const BENEFICIARY_STORAGE: Readonly<Record<string, Storage<BeneficiaryRow>>> = {
  givenName: { column: 'givenName', type: 'String', description: 'Given (first) name.' },
  familyName: { column: 'familyName', type: 'String', description: 'Family (tribe or last) name.' },
  fatherName: { column: 'fatherName', type: 'String', description: 'Father’s name, which tells namesakes apart.' },
  grandfatherName: { column: 'grandfatherName', type: 'String', description: 'Grandfather’s name.' },
  phone: {
    column: 'phone',
    type: 'String',
    description:
      'Phone number, without spaces (e.g. `07512342550`); null once the person withdrew consent to be contacted (`consent.mayContact`).',
  },
  dateOfBirth: {
    column: 'dateOfBirth',
    type: 'Date',
    description: 'Date of birth (possibly estimated from a stated age).',
  },
};

const REFERRAL_STORAGE: Readonly<Record<string, Storage<ReferralRow>>> = {
  reason: {
    column: 'reason',
    type: 'String',
    description: 'Why the person is referred; often describes their situation.',
  },
};

function servedPersonalFields<Row>(
  entity: string,
  registered: readonly string[],
  storage: Readonly<Record<string, Storage<Row>>>,
) {
  const unknown = registered.filter((name) => !(name in storage));
  if (unknown.length > 0)
    throw new Error(
      `${entity}: @crc/domain marks ${unknown.join(', ')} as personal data, but the gateway does not know how it is stored: describe it in people/personal-fields.ts`,
    );
  const stale = Object.keys(storage).filter((name) => !registered.includes(name));
  if (stale.length > 0)
    throw new Error(
      `${entity}: people/personal-fields.ts describes ${stale.join(', ')}, which @crc/domain does not mark as personal data`,
    );
  return registered.flatMap((name): PersonalField<Row>[] => {
    const stored = storage[name];
    return stored === undefined || stored.column === null
      ? []
      : [{ name, column: stored.column, type: stored.type, description: stored.description }];
  });
}

/** Personal fields of a Beneficiary the API serves, each only to ADMIN and CENTRE_STAFF of the person's centre. */
export const BENEFICIARY_PERSONAL_OUTPUT = servedPersonalFields(
  'Beneficiary',
  BENEFICIARY_PERSONAL_FIELDS,
  BENEFICIARY_STORAGE,
);

/** Personal fields of a Referral (its reason), protected the same way. */
export const REFERRAL_PERSONAL_FIELDS: readonly string[] = personalFieldsOf(ReferralSchema);
export const REFERRAL_PERSONAL_OUTPUT = servedPersonalFields('Referral', REFERRAL_PERSONAL_FIELDS, REFERRAL_STORAGE);

/** Personal fields the domain defines but the database cannot store yet (not served, not accepted). */
export const UNSTORED_BENEFICIARY_PERSONAL_FIELDS: readonly string[] = BENEFICIARY_PERSONAL_FIELDS.filter(
  (name) => BENEFICIARY_STORAGE[name]?.column === null,
);
