import { enqueueDuplicatePairs, systemActor } from '@crc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { AREA_A, PERSON_AT_A, seedPeople, type PeopleFixture } from '../people/people-fixtures';

let gw: TestGateway;
let f: PeopleFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
});
afterAll(async () => {
  await gw.close();
});

const CREATE = `mutation Create($input: CreateHouseholdInput!) {
  createHousehold(input: $input, confirmNotDuplicate: true) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { field code } }
    ... on CreateHouseholdSuccess { household { id size registeredMembers populationGroup head { id } members { beneficiaryId relationshipToHead relationshipToHeadLabel beneficiary { givenName } } } }
  }
}`;

const HOUSEHOLD = `query One($id: ID!) { household(id: $id) { id size members { relationshipToHeadLabel } } }`;

interface Created {
  createHousehold: {
    __typename: string;
    issues?: { field: string; code: string }[];
    household?: {
      id: string;
      size: number;
      registeredMembers: number;
      head: { id: string };
      members: {
        beneficiaryId: string;
        relationshipToHead: string;
        relationshipToHeadLabel: string;
        beneficiary: { givenName: string };
      }[];
    };
  };
}

function householdInput(members: object[]) {
  return {
    registrationCentreId: f.centreA,
    size: 4,
    areaOfResidencePcode: AREA_A,
    populationGroup: 'RETURNEE',
    registeredOn: '2024-03-01',
    members,
  };
}

const newDaughter = {
  person: {
    givenName: 'زينب',
    familyName: 'علي',
    dateOfBirth: '2012-05-04',
    sex: 'female',
    consentToDataProcessing: true,
  },
  relationshipToHead: 'CHILD',
};

describe('households in the graph', () => {
  let householdId = '';

  it('registers a household with a registered head and a new member, through the registration command', async () => {
    const result = await gw.graphql<Created>(CREATE, {
      variables: { input: householdInput([{ beneficiaryId: f.beneficiary, relationshipToHead: 'HEAD' }, newDaughter]) },
      apiKey: f.keys.STAFF_A,
      headers: { 'accept-language': 'ar' },
    });
    expect(result.errors).toBeUndefined();
    const household = result.data?.createHousehold.household;
    expect(result.data?.createHousehold.__typename).toBe('CreateHouseholdSuccess');
    expect(household).toMatchObject({ size: 4, registeredMembers: 2 });
    expect(
      household?.members.map((member) => [
        member.relationshipToHead,
        member.relationshipToHeadLabel,
        member.beneficiary.givenName,
      ]),
    ).toEqual([
      ['HEAD', 'رب الأسرة', 'محمد'],
      ['CHILD', 'الابن أو الابنة', 'زينب'],
    ]);
    householdId = household?.id ?? '';
    const daughter = await gw.db.prisma.beneficiary.findFirstOrThrow({ where: { givenName: 'زينب' } });
    expect(daughter).toMatchObject({ registrationCentreId: f.centreA, householdSize: 4, populationGroup: 'returnee' });
  });

  it('names the member at fault and writes nothing', async () => {
    const before = await gw.db.prisma.beneficiary.count();
    const result = await gw.graphql<Created>(CREATE, {
      variables: {
        input: householdInput([
          {
            person: { ...newDaughter.person, givenName: 'Hamid', dateOfBirth: '1961-01-01', sex: 'male' },
            relationshipToHead: 'HEAD',
          },
          { ...newDaughter, person: { ...newDaughter.person, givenName: ' ' } },
        ]),
      },
      apiKey: f.keys.STAFF_A,
    });
    expect(result.data?.createHousehold.__typename).toBe('ValidationError');
    expect(result.data?.createHousehold.issues?.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['members.1.person.givenName']),
    );
    expect(await gw.db.prisma.beneficiary.count()).toBe(before);
  });

  it('answers PossibleDuplicates for a new member who may be registered already, and writes nothing', async () => {
    const before = await gw.db.prisma.household.count();
    const twin = {
      person: {
        ...newDaughter.person,
        givenName: PERSON_AT_A.givenName,
        fatherName: PERSON_AT_A.fatherName,
        dateOfBirth: PERSON_AT_A.dateOfBirth,
        sex: 'male',
      },
      relationshipToHead: 'HEAD',
    };
    const result = await gw.graphql<{
      createHousehold: { __typename: string; candidates?: { beneficiary: { id: string } }[] };
    }>(
      `mutation Create($input: CreateHouseholdInput!) {
        createHousehold(input: $input) { __typename ... on PossibleDuplicates { candidates { beneficiary { id } } } }
      }`,
      { variables: { input: householdInput([twin]) }, apiKey: f.keys.STAFF_A },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createHousehold.__typename).toBe('PossibleDuplicates');
    expect(result.data?.createHousehold.candidates?.length).toBeGreaterThan(0);
    expect(await gw.db.prisma.household.count()).toBe(before);
  });

  it('is no one else’s business: another centre’s staff get null for the id, a partner a FORBIDDEN error', async () => {
    const own = await gw.graphql<{ household: { id: string } | null }>(HOUSEHOLD, {
      variables: { id: householdId },
      apiKey: f.keys.STAFF_A,
    });
    expect(own.data?.household?.id).toBe(householdId);
    const other = await gw.graphql<{ household: unknown; node: unknown }>(
      `query($id: ID!) { household(id: $id) { id } node(id: $id) { id } }`,
      {
        variables: { id: householdId },
        apiKey: f.keys.STAFF_B,
      },
    );
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ household: null, node: null });
    const list = await gw.graphql<{ households: { totalCount: number } }>(`{ households { totalCount } }`, {
      apiKey: f.keys.STAFF_B,
    });
    expect(list.data?.households.totalCount).toBe(0);
    const partner = await gw.graphql(`{ households { totalCount } }`, { apiKey: f.keys.PARTNER });
    expect(partner.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('filters and pages households', async () => {
    const result = await gw.graphql<{ households: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ households(first: 1, filter: { populationGroup: RETURNEE, areaPcode: "IQG10", minSize: 4 }) { totalCount edges { node { id } } } }`,
      { apiKey: f.keys.STAFF_A },
    );
    expect(result.data?.households).toMatchObject({ totalCount: 1, edges: [{ node: { id: householdId } }] });
    const none = await gw.graphql<{ households: { totalCount: number } }>(
      `{ households(filter: { maxSize: 3 }) { totalCount } }`,
      { apiKey: f.keys.STAFF_A },
    );
    expect(none.data?.households.totalCount).toBe(0);
  });
});

describe('household reach', () => {
  it('counts households with a member reached, through the same disclosure control as people', async () => {
    const REACH = `{ reach(by: [POPULATION_GROUP], unit: HOUSEHOLDS, filter: { from: "2024-01-01", to: "2024-06-30" }) { unit grandTotal { value } disclosure { perturbed } } }`;
    const admin = await gw.graphql<{
      reach: { unit: string; grandTotal: { value: number }; disclosure: { perturbed: boolean } };
    }>(REACH, { apiKey: f.keys.ADMIN });
    expect(admin.data?.reach).toEqual({
      unit: 'HOUSEHOLDS',
      grandTotal: { value: 1 },
      disclosure: { perturbed: false },
    });
    const anonymous = await gw.graphql<{
      reach: { unit: string; grandTotal: { value: number | null }; disclosure: { perturbed: boolean } };
    }>(REACH, {});
    expect(anonymous.data?.reach.disclosure.perturbed).toBe(true);
    expect(anonymous.data?.reach.grandTotal.value).not.toBe(1);
    const bySex = await gw.graphql(`{ reach(by: [SEX], unit: HOUSEHOLDS) { unit } }`, { apiKey: f.keys.ADMIN });
    expect(bySex.errors?.[0]?.message).toMatch(/households have no “Sex”/);
  });

  it('breaks households down by DISABILITY_STATUS (the household’s: any member with disability), through the same disclosure control', async () => {
    const REACH = `{ reach(by: [DISABILITY_STATUS], unit: HOUSEHOLDS) { unit dimensions grandTotal { value } rows { categories { code } total { value } } disclosure { perturbed } } }`;
    type Answer = {
      reach: {
        unit: string;
        dimensions: string[];
        grandTotal: { value: number | null };
        rows: { categories: { code: string }[]; total: { value: number | null } }[];
        disclosure: { perturbed: boolean };
      };
    };
    const admin = await gw.graphql<Answer>(REACH, { apiKey: f.keys.ADMIN });
    expect(admin.errors).toBeUndefined();
    expect(admin.data?.reach).toMatchObject({
      unit: 'HOUSEHOLDS',
      dimensions: ['DISABILITY_STATUS'],
      disclosure: { perturbed: false },
    });
    const codes = admin.data!.reach.rows.map((row) => row.categories[0]!.code);
    // The fixture's household members answered no Washington Group question (the SQL test covers every status).
    expect(codes).toContain('not_recorded');
    expect(codes.every((code) => ['with_disability', 'without_disability', 'not_recorded'].includes(code))).toBe(true);
    const sum = admin.data!.reach.rows.reduce((total, row) => total + (row.total.value ?? 0), 0);
    // Each household is in exactly one disability cell.
    expect(sum).toBe(admin.data!.reach.grandTotal.value);
    const anonymous = await gw.graphql<Answer>(REACH, {});
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.reach.disclosure.perturbed).toBe(true);
  });
});

describe('consent, disability and erasure in the graph', () => {
  it('shows the consent state and stops referrals once sharing is withdrawn', async () => {
    const withdraw = await gw.graphql<{
      withdrawConsent: {
        __typename: string;
        beneficiary?: {
          consent: { purposesWithdrawn: string[]; purposesInForce: string[]; mayRefer: boolean; mayContact: boolean };
        };
      };
    }>(
      `mutation($id: ID!) { withdrawConsent(beneficiaryId: $id, withdrawnOn: "2024-04-01", purposes: [SHARING_WITH_PARTNERS]) {
        __typename ... on WithdrawConsentSuccess { beneficiary { consent { purposesWithdrawn purposesInForce mayRefer mayContact } } } } }`,
      { variables: { id: f.beneficiary }, apiKey: f.keys.STAFF_A },
    );
    expect(withdraw.data?.withdrawConsent.beneficiary?.consent).toEqual({
      purposesWithdrawn: ['SHARING_WITH_PARTNERS'],
      purposesInForce: ['DATA_PROCESSING', 'CONTACT'],
      mayRefer: false,
      mayContact: true,
    });
    const refer = await gw.graphql<{
      createReferral: { __typename: string; issues?: { field: string; code: string }[] };
    }>(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { __typename ... on ValidationError { issues { field code } } } }`,
      {
        variables: {
          input: {
            beneficiaryId: f.beneficiary,
            fromCentreId: f.centreA,
            toOrganisationId: f.organisation,
            serviceType: 'LEGAL_COUNSELLING',
            reason: 'x',
            referredOn: '2024-04-02',
          },
        },
        apiKey: f.keys.STAFF_A,
      },
    );
    expect(refer.data?.createReferral).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'beneficiaryId', code: 'consent_withdrawn' }],
    });
  });

  it('records Washington Group answers and derives the disability status', async () => {
    const result = await gw.graphql<{
      recordDisability: {
        beneficiary?: {
          disabilityStatus: string;
          disabilityStatusLabel: string;
          disability: { walking: string; selfCare: string | null };
        };
      };
    }>(
      `mutation($id: ID!) { recordDisability(beneficiaryId: $id, askedOn: "2024-03-01", answers: { seeing: NO_DIFFICULTY, hearing: SOME_DIFFICULTY, walking: CANNOT_DO_AT_ALL }) {
        ... on RecordDisabilitySuccess { beneficiary { disabilityStatus disabilityStatusLabel disability { walking selfCare } } } } }`,
      { variables: { id: f.beneficiary }, apiKey: f.keys.STAFF_A, headers: { 'accept-language': 'en' } },
    );
    expect(result.data?.recordDisability.beneficiary).toEqual({
      disabilityStatus: 'WITH_DISABILITY',
      disabilityStatusLabel: 'With disability',
      disability: { walking: 'CANNOT_DO_AT_ALL', selfCare: null },
    });
  });

  it('erases a person for ADMIN only, idempotently; the answers no longer hold the name, and no reach figure moves', async () => {
    const REACH = `query($unit: FigureUnit) { reach(by: [SEX, AGE_BRACKET], unit: $unit, filter: { from: "2024-01-01", to: "2024-06-30" }) { unit grandTotal { value } rows { cells { value } total { value } } } }`;
    const figures = async () => ({
      admin: await gw.graphql(REACH, { apiKey: f.keys.ADMIN }),
      public: await gw.graphql(REACH, {}),
      households: await gw.graphql(REACH.replace('[SEX, AGE_BRACKET]', '[POPULATION_GROUP]'), {
        variables: { unit: 'HOUSEHOLDS' },
        apiKey: f.keys.ADMIN,
      }),
    });
    const before = await figures();
    expect(before.admin.errors).toBeUndefined();
    const ERASE = `mutation($id: ID!) { erasePerson(beneficiaryId: $id) { __typename ... on ErasePersonSuccess { erasure { alreadyErased } } } }`;
    const staff = await gw.graphql(ERASE, { variables: { id: f.beneficiary }, apiKey: f.keys.STAFF_A });
    expect(staff.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const first = await gw.graphql<{ erasePerson: { erasure: { alreadyErased: boolean } } }>(ERASE, {
      variables: { id: f.beneficiary },
      apiKey: f.keys.ADMIN,
    });
    expect(first.data?.erasePerson.erasure.alreadyErased).toBe(false);
    const second = await gw.graphql<{ erasePerson: { erasure: { alreadyErased: boolean } } }>(ERASE, {
      variables: { id: f.beneficiary },
      apiKey: f.keys.ADMIN,
    });
    expect(second.data?.erasePerson.erasure.alreadyErased).toBe(true);
    const read = await gw.graphql(
      `query($id: ID!) { beneficiary(id: $id) { givenName familyName phone dateOfBirth erasedAt referrals { edges { node { reason } } } } }`,
      {
        variables: { id: f.beneficiary },
        apiKey: f.keys.ADMIN,
      },
    );
    expect(JSON.stringify(read.data)).not.toMatch(/محمد|علي|07512342550|1990-04-12|civil documents/);
    expect(await figures()).toEqual(before);
  });
});

describe('the duplicate review queue in the graph', () => {
  it('lists pending pairs to staff who may see both people, and merges one, moving its deliveries', async () => {
    const [a, b] = await Promise.all(
      ['Ahmed Kareem', 'أحمد كريم'].map((name, index) =>
        gw.db.prisma.beneficiary.create({
          data: {
            registrationCentreId: f.centreA,
            givenName: name,
            nameKey: name,
            sex: 'male',
            populationGroup: 'idp',
            registeredOn: new Date(`2024-0${index + 1}-01T00:00:00Z`),
          },
        }),
      ),
    );
    await gw.db.prisma.serviceDelivery.create({
      data: {
        beneficiaryId: b!.id,
        centreId: f.centreA,
        serviceType: 'legal_counselling',
        deliveredOn: new Date('2024-05-01T00:00:00Z'),
      },
    });
    const queued = await enqueueDuplicatePairs(gw.db.prisma, systemActor('test'), {
      source: 'import:test',
      pairs: [{ beneficiaryAId: a!.id, beneficiaryBId: b!.id, score: 0.92, reasons: ['similar_name'] }],
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    const QUEUE = `{ duplicatePairs(filter: { status: PENDING }) { totalCount edges { node { id score reasons statusLabel } } } }`;
    const mine = await gw.graphql<{
      duplicatePairs: { totalCount: number; edges: { node: { id: string; reasons: string[] } }[] };
    }>(QUEUE, { apiKey: f.keys.STAFF_A });
    expect(mine.data?.duplicatePairs.totalCount).toBe(1);
    const others = await gw.graphql<{ duplicatePairs: { totalCount: number } }>(QUEUE, { apiKey: f.keys.STAFF_B });
    expect(others.data?.duplicatePairs.totalCount).toBe(0);

    const pairId = mine.data?.duplicatePairs.edges[0]?.node.id;
    const merged = await gw.graphql<{
      mergeDuplicatePair: { __typename: string; pair?: { status: string; keptPerson: { id: string } } };
    }>(
      `mutation($pair: ID!, $keep: ID!) { mergeDuplicatePair(pairId: $pair, keepId: $keep, reason: "Same civil ID") { __typename ... on MergeDuplicatePairSuccess { pair { status keptPerson { id } } } } }`,
      { variables: { pair: pairId, keep: a!.id }, apiKey: f.keys.STAFF_A },
    );
    expect(merged.data?.mergeDuplicatePair.pair?.status).toBe('MERGED');
    expect(await gw.db.prisma.serviceDelivery.count({ where: { beneficiaryId: a!.id } })).toBe(1);
  });
});
