import {
  BENEFICIARY_EXAMPLE,
  BENEFICIARY_FIELD_NAMES,
  BENEFICIARY_PERSONAL_FIELDS,
  beneficiaryField,
} from '@crc/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { getNamedType, isObjectType, isScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { schema } from '../index';
import { AREA_A, seedPeople, type PeopleFixture } from './people-fixtures';

/*
 * Every field of @crc/domain's BENEFICIARY_FIELDS, end to end, by looping over the
 * registry: accepted by registerBeneficiary, written to its column, served back as it
 * was given, named but never valued in the audit row, and (personal ones) cleared by
 * erasePerson. A field added to the registry is covered here without a line of test.
 */

const beneficiaryType = schema.getType('Beneficiary');
if (!isObjectType(beneficiaryType)) throw new Error('Beneficiary is not an object type');

/** The registry fields Beneficiary serves as a plain scalar (enums and the consent object are tested elsewhere). */
const SCALAR_OUTPUTS = BENEFICIARY_FIELD_NAMES.filter((name) => {
  const field = beneficiaryType.getFields()[name];
  return field !== undefined && isScalarType(getNamedType(field.type));
});

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

/** The registry's example person, registered at the fixture's centre A (where STAFF_A works). */
function examplePerson(centreId: string): Record<string, unknown> {
  return { ...BENEFICIARY_EXAMPLE, registrationCentreId: centreId, areaOfResidencePcode: AREA_A };
}

async function registerExample(): Promise<string> {
  const result = await gw.graphql<{ registerBeneficiary: { __typename: string; beneficiary?: { id: string } } }>(
    `mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input, confirmNotDuplicate: true) {
      __typename ... on ValidationError { issues { field message } } ... on RegisterBeneficiarySuccess { beneficiary { id } } } }`,
    { variables: { input: examplePerson(f.centreA) }, apiKey: f.keys.STAFF_A },
  );
  expect(result.data?.registerBeneficiary, JSON.stringify(result)).toMatchObject({
    __typename: 'RegisterBeneficiarySuccess',
  });
  const id = result.data?.registerBeneficiary.beneficiary?.id ?? '';
  // The phone is served only with consent to be contacted, which registration does not ask.
  const consent = await gw.graphql<{ recordConsent: { __typename: string } }>(
    `mutation($id: ID!) { recordConsent(beneficiaryId: $id, givenOn: "2018-02-01", purposes: [CONTACT], recordedHow: "verbal") { __typename } }`,
    { variables: { id }, apiKey: f.keys.STAFF_A },
  );
  expect(consent.data?.recordConsent.__typename, JSON.stringify(consent)).toMatch(/Success$/);
  return id;
}

async function readBack(id: string, apiKey: string): Promise<Record<string, unknown>> {
  const result = await gw.graphql<{ beneficiary: Record<string, unknown> | null }>(
    `query($id: ID!) { beneficiary(id: $id) { ${SCALAR_OUTPUTS.join(' ')} } }`,
    { variables: { id }, apiKey },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.beneficiary ?? {};
}

describe('every Beneficiary field of the @crc/domain registry, end to end', () => {
  it('serves most of the registry as plain fields (the loop below is not vacuous)', () => {
    expect(SCALAR_OUTPUTS.length).toBeGreaterThanOrEqual(10);
    for (const name of BENEFICIARY_PERSONAL_FIELDS) expect(SCALAR_OUTPUTS).toContain(name);
  });

  it('registers every field and serves each back as given; the audit row names them and keeps no personal value', async () => {
    const id = await registerExample();
    const served = await readBack(id, f.keys.STAFF_A);
    const given = examplePerson(f.centreA);
    for (const name of SCALAR_OUTPUTS) expect(served[name], name).toEqual(given[name]);

    const uuid = decodeGlobalID(id).id;
    const audit = await gw.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'Beneficiary', entityId: uuid } });
    expect(audit.fields).toEqual(expect.arrayContaining([...BENEFICIARY_PERSONAL_FIELDS]));
    const written = JSON.stringify(audit);
    for (const name of BENEFICIARY_PERSONAL_FIELDS) expect(written, name).not.toContain(String(given[name]));
  });

  it('clears every personal field on erasure (a date keeps its month) and keeps the others', async () => {
    const id = await registerExample();
    const erased = await gw.graphql<{ erasePerson: { __typename: string } }>(
      'mutation($id: ID!) { erasePerson(beneficiaryId: $id) { __typename } }',
      { variables: { id }, apiKey: f.keys.ADMIN },
    );
    expect(erased.data?.erasePerson.__typename).toBe('ErasePersonSuccess');
    const served = await readBack(id, f.keys.ADMIN);
    const given = examplePerson(f.centreA);
    for (const name of SCALAR_OUTPUTS) {
      const field = beneficiaryField(name);
      // Erasure marks the birth date estimated (only its month is left).
      if (name === 'dateOfBirthEstimated') expect(served[name]).toBe(true);
      else if (field.personal === undefined) expect(served[name], name).toEqual(given[name]);
      else if (field.kind === 'date') expect(served[name], name).toBe(`${String(given[name]).slice(0, 7)}-01`);
      else expect(served[name] ?? '', name).toBe('');
    }
  });
});
