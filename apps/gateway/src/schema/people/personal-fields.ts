import type { Referral as ReferralRow } from '@crc/db';
import { REFERRAL_PERSONAL_FIELDS } from '@crc/domain';

/*
 * The personal fields of a Referral come from @crc/domain's personal-data registry, not
 * from a list kept here: the Referral type defines one protected field (authScopes
 * personalDataAt) per registered field. What this file adds is only how each one is
 * stored. (Beneficiary fields are declared whole in @crc/domain's BENEFICIARY_FIELDS:
 * people/beneficiary-fields.ts.) A field marked personal in the domain but not
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

/** Personal fields of a Referral (its reason), protected the same way: @crc/domain's list. */
export { REFERRAL_PERSONAL_FIELDS };
export const REFERRAL_PERSONAL_OUTPUT = servedPersonalFields('Referral', REFERRAL_PERSONAL_FIELDS, REFERRAL_STORAGE);
