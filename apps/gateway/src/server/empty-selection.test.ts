import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPeople, AREA_A, type PeopleFixture } from '../schema/people/people-fixtures';
import { createTestGateway, type TestGateway } from '../testing/test-gateway';
import { withoutEmptySelection } from './empty-selection';

describe(`a committed write answers success whatever the client selects (database: ${TEST_DATABASE_KIND})`, () => {
  let gw: TestGateway;
  let f: PeopleFixture;
  beforeAll(async () => {
    gw = await createTestGateway();
    f = await seedPeople(gw);
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('answers RegisterBeneficiarySuccess to a mutation selecting only __typename, and writes one row', async () => {
    const before = await gw.db.prisma.beneficiary.count();
    const response = await gw.graphql<{ registerBeneficiary: { __typename: string } }>(
      'mutation R($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input, confirmNotDuplicate: true) { __typename } }',
      {
        apiKey: f.keys.STAFF_A,
        variables: {
          input: {
            registrationCentreId: f.centreA,
            givenName: 'Layla',
            familyName: 'Typename',
            dateOfBirth: '1991-02-03',
            sex: 'female',
            populationGroup: 'idp',
            householdSize: 2,
            areaOfResidencePcode: AREA_A,
            registeredOn: '2024-06-01',
            consentToDataProcessing: true,
          },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerBeneficiary.__typename).toBe('RegisterBeneficiarySuccess');
    expect(await gw.db.prisma.beneficiary.count()).toBe(before + 1);
  });

  it('drops only an empty select', () => {
    expect(withoutEmptySelection({ where: { id: 'x' }, select: {} })).toEqual({ where: { id: 'x' } });
    expect(withoutEmptySelection({ select: { id: true } })).toEqual({ select: { id: true } });
    expect(withoutEmptySelection(undefined)).toBeUndefined();
  });
});
