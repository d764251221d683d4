import { enqueueDuplicatePairs, mergeDuplicatePair, registerBeneficiary, type Actor } from '@crc/db';
import { TEST_DATABASE_KIND } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { AREA_A, seedPeople, type PeopleFixture } from './people-fixtures';

interface Page {
  beneficiaries: { totalCount: number; edges: { node: { givenName: string } }[] } | null;
}

let gw: TestGateway;
let f: PeopleFixture;
let staff: Actor;
const KEPT = { givenName: 'Yusuf', fatherName: 'Hamid', familyName: 'Saleh' };
const MERGED = { givenName: 'يوسف', fatherName: 'حامد', familyName: 'صالح' };

beforeAll(async () => {
  gw = await createTestGateway();
  f = await seedPeople(gw);
  staff = { name: 'test-staff', role: 'CENTRE_STAFF', centreIds: new Set([f.centreA]) };
});
afterAll(async () => {
  await gw.close();
});

async function register(names: typeof KEPT): Promise<string> {
  const registered = await registerBeneficiary(
    gw.db.prisma,
    staff,
    {
      ...names,
      sex: 'male',
      dateOfBirth: '1985-05-05',
      registrationCentreId: f.centreA,
      areaOfResidencePcode: AREA_A,
      populationGroup: 'idp',
      householdSize: 1,
      registeredOn: '2026-11-01',
      consentToDataProcessing: true,
    },
    { confirmNotDuplicate: true },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered));
  return registered.value.id;
}

async function listed(filter: object): Promise<{ totalCount: number; names: string[] }> {
  const page = await gw.graphql<Page>(
    'query ($filter: BeneficiaryFilter) { beneficiaries(first: 100, filter: $filter) { totalCount edges { node { givenName } } } }',
    { apiKey: f.keys.STAFF_A, variables: { filter } },
  );
  expect(page.errors).toBeUndefined();
  return {
    totalCount: page.data!.beneficiaries!.totalCount,
    names: page.data!.beneficiaries!.edges.map((edge) => edge.node.givenName),
  };
}

describe(`a record merged into another (${TEST_DATABASE_KIND})`, () => {
  it('leaves the beneficiaries list, its search and its count; the kept record stays', async () => {
    const kept = await register(KEPT);
    const merged = await register(MERGED);
    const before = await listed({});
    expect(before.names).toEqual(expect.arrayContaining([KEPT.givenName, MERGED.givenName]));
    expect((await listed({ search: MERGED.givenName })).names).toContain(MERGED.givenName);

    const queued = await enqueueDuplicatePairs(gw.db.prisma, staff, {
      source: 'test',
      pairs: [{ beneficiaryAId: kept, beneficiaryBId: merged, score: 0.93, reasons: ['similar_name'] }],
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    const decided = await mergeDuplicatePair(gw.db.prisma, staff, {
      pairId: queued.value.queued[0]!.id,
      keepBeneficiaryId: kept,
      reason: 'The same man, registered twice in two scripts',
    });
    expect(decided.ok).toBe(true);

    const after = await listed({});
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.names).toContain(KEPT.givenName);
    expect(after.names).not.toContain(MERGED.givenName);
    expect((await listed({ search: MERGED.givenName })).names).not.toContain(MERGED.givenName);
    const filtered = await listed({ centreId: f.centreA, sex: 'MALE' });
    expect(filtered.names).not.toContain(MERGED.givenName);
    // The merged record stays for the audit trail, still reachable by its id.
    const byId = await gw.graphql<{ beneficiary: { givenName: string } | null }>(
      'query ($id: ID!) { beneficiary(id: $id) { givenName } }',
      { apiKey: f.keys.STAFF_A, variables: { id: merged } },
    );
    expect(byId.data?.beneficiary?.givenName).toBe(MERGED.givenName);
  });
});
