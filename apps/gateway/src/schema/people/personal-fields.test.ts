import { BENEFICIARY_FIELD_NAMES, BENEFICIARY_PERSONAL_FIELDS, beneficiaryField } from '@crc/domain';
import { isInputObjectType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../index';
import { REFERRAL_PERSONAL_FIELDS } from './personal-fields';

/*
 * Structural checks on the built schema. The role matrix proves behaviour; these
 * catch a protection removed behind another one (a personal field whose own guard is
 * gone is still hidden by the type guard, so only this test notices) and a personal
 * value served under a new name.
 */

const CENTRE = '11111111-1111-4111-8111-111111111111';

type AuthScopes =
  ((parent: unknown, args: object, context: object, info: object) => unknown) | Record<string, unknown> | undefined;

function authScopesOf(options: unknown): AuthScopes {
  return (options as { authScopes?: AuthScopes } | undefined)?.authScopes;
}

/** What a field's own authScopes require for a parent registered at CENTRE. */
function fieldGuard(type: GraphQLObjectType, field: string, parent: unknown): unknown {
  const scopes = authScopesOf(type.getFields()[field]?.extensions['pothosOptions']);
  return typeof scopes === 'function' ? scopes(parent, {}, {}, {}) : scopes;
}

function typeGuard(type: GraphQLObjectType, parent: unknown): unknown {
  const scopes = authScopesOf(type.extensions['pothosOptions']);
  return typeof scopes === 'function' ? scopes(parent, {}, {}, {}) : scopes;
}

function objectType(name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

const beneficiaryAtCentre = { registrationCentreId: CENTRE };
const ofBeneficiaryAtCentre = { beneficiary: { registrationCentreId: CENTRE } };
const ONLY_STAFF_OF_CENTRE = { personalDataAt: CENTRE };

/** Beneficiary fields that are not personal data; every other field must carry the personal-data guard. */
const BENEFICIARY_FIELDS_WITHOUT_OWN_GUARD = [
  'id',
  'registrationCentreId',
  'registrationCentre',
  'areaOfResidencePcode',
  'areaPcode',
  'area',
  'sex',
  'sexLabel',
  'populationGroup',
  'populationGroupLabel',
  'householdSize',
  'registeredOn',
  'ageBracket',
  'ageBracketLabel',
  // Whether the record was anonymised: a fact about the record, no personal value.
  'erasedAt',
  // Connections to types that carry the same guard on every object.
  'serviceDeliveries',
  'referrals',
  // Every field @crc/domain's registry declares without a `personal` reason.
  ...BENEFICIARY_FIELD_NAMES.filter((name) => beneficiaryField(name).personal === undefined),
];

describe('personal fields in the schema', () => {
  const beneficiary = objectType('Beneficiary');
  const referral = objectType('Referral');

  it('guards each personal field of the domain registry on its own', () => {
    expect(BENEFICIARY_PERSONAL_FIELDS.length).toBeGreaterThanOrEqual(5);
    for (const field of BENEFICIARY_PERSONAL_FIELDS)
      expect(fieldGuard(beneficiary, field, beneficiaryAtCentre), `Beneficiary.${field}`).toEqual(ONLY_STAFF_OF_CENTRE);
    for (const field of REFERRAL_PERSONAL_FIELDS)
      expect(fieldGuard(referral, field, ofBeneficiaryAtCentre), `Referral.${field}`).toEqual(ONLY_STAFF_OF_CENTRE);
  });

  it('guards every Beneficiary field that is not on the list of non-personal fields', () => {
    const unguarded = Object.keys(beneficiary.getFields()).filter(
      (field) =>
        !BENEFICIARY_FIELDS_WITHOUT_OWN_GUARD.includes(field) &&
        fieldGuard(beneficiary, field, beneficiaryAtCentre) === undefined,
    );
    expect(unguarded).toEqual([]);
  });

  it('guards every Beneficiary, ServiceDelivery and Referral object by the person’s centre', () => {
    expect(typeGuard(beneficiary, beneficiaryAtCentre)).toEqual(ONLY_STAFF_OF_CENTRE);
    expect(typeGuard(objectType('ServiceDelivery'), ofBeneficiaryAtCentre)).toEqual(ONLY_STAFF_OF_CENTRE);
    expect(typeGuard(referral, ofBeneficiaryAtCentre)).toEqual(ONLY_STAFF_OF_CENTRE);
  });

  it('serves every personal field of the registry and accepts every field in RegisterBeneficiaryInput', () => {
    const input = schema.getType('RegisterBeneficiaryInput');
    if (!isInputObjectType(input)) throw new Error('RegisterBeneficiaryInput missing');
    for (const field of BENEFICIARY_PERSONAL_FIELDS) expect(beneficiary.getFields()[field], field).toBeDefined();
    expect(Object.keys(input.getFields()).sort()).toEqual([...BENEFICIARY_FIELD_NAMES].sort());
  });
});
