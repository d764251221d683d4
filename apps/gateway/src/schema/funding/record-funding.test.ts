import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { rowCounts, seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;
beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
});
afterAll(async () => {
  await gw.close();
});

const RECORD = `mutation Record($input: FundingCreateInput!) {
  recordFunding(input: $input) {
    __typename
    ... on RecordFundingSuccess { funding { id amount currency transactionType transactionTypeIatiCode donor { acronym } programme { code } project { code } } }
    ... on ValidationError { message issues { field label message code } }
    ... on NotFoundError { message entity id }
  }
}`;

type RecordResult = {
  recordFunding: {
    __typename: string;
    funding?: {
      id: string;
      amount: string;
      currency: string;
      transactionType: string;
      transactionTypeIatiCode: number;
      donor: { acronym: string };
      programme: { code: string } | null;
      project: { code: string } | null;
    };
    message?: string;
    issues?: { field: string; label: string; message: string; code: string }[];
    entity?: string;
    id?: string;
  };
};

const funding = (overrides: Record<string, unknown> = {}) => ({
  projectId: world.projects['DIY-EDU'],
  donorOrganisationId: world.eu,
  recipientOrganisationId: world.iom,
  transactionType: 'INCOMING_FUNDS',
  amount: '12345678901234.56',
  currency: 'USD',
  transactionDate: '2018-02-15',
  ...overrides,
});

describe('recordFunding', () => {
  it('stores an amount too long for a double exactly, with the project’s programme, and one audit row', async () => {
    const before = await rowCounts(gw.db.prisma);
    const result = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: funding() },
    });
    expect(result.errors).toBeUndefined();
    const recorded = result.data?.recordFunding.funding;
    expect(recorded).toMatchObject({
      amount: '12345678901234.56',
      currency: 'USD',
      transactionType: 'INCOMING_FUNDS',
      transactionTypeIatiCode: 1,
      donor: { acronym: 'EU' },
      programme: { code: 'CRP-VI' },
      project: { code: 'DIY-EDU' },
    });
    const after = await rowCounts(gw.db.prisma);
    expect(after).toEqual({ ...before, funding: before.funding + 1, auditLog: before.auditLog + 1 });

    // Read back through the node field: the same string, not a rounded float.
    const node = await gw.graphql<{ node: { amount: string } }>(
      `{ node(id: "${recorded?.id}") { ... on Funding { amount } } }`,
    );
    expect(node.data?.node.amount).toBe('12345678901234.56');
    const audit = await gw.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Funding' },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ action: 'create', before: null });
    expect((audit.after as { amount: string }).amount).toBe('12345678901234.56');
  });

  it('refuses, writing nothing, an amount with more decimals than the currency and one too large to store', async () => {
    const before = await rowCounts(gw.db.prisma);
    const fractionalDinars = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: funding({ amount: '1500000.50', currency: 'IQD' }) },
    });
    expect(fractionalDinars.data?.recordFunding.__typename).toBe('ValidationError');
    expect(fractionalDinars.data?.recordFunding.issues?.map((issue) => issue.field)).toEqual(['amount']);

    const tooLarge = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: funding({ amount: '12345678901234567' }) },
    });
    expect(tooLarge.data?.recordFunding.issues).toEqual([
      expect.objectContaining({ field: 'amount', code: 'too_many_digits' }),
    ]);
    expect(tooLarge.data?.recordFunding.issues?.[0]?.message).toContain('16');
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('answers in Arabic for Accept-Language: ar, naming the field', async () => {
    const result = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      headers: { 'accept-language': 'ar' },
      variables: { input: funding({ recipientOrganisationId: world.eu }) },
    });
    const issues = result.data?.recordFunding.issues ?? [];
    expect(issues.map((issue) => issue.field)).toEqual(['recipientOrganisationId']);
    expect(issues[0]?.label).toMatch(/[\u0600-\u06FF]/);
    expect(issues[0]?.message).toContain(issues[0]?.label);
    expect(result.data?.recordFunding.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('reports a missing donor as NotFoundError and a project of another programme as a ValidationError, writing nothing', async () => {
    const before = await rowCounts(gw.db.prisma);
    const missing = '00000000-0000-4000-8000-000000000000';
    const noDonor = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: funding({ donorOrganisationId: missing }) },
    });
    expect(noDonor.data?.recordFunding).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Organisation',
      id: missing,
    });

    const mismatch = await gw.graphql<RecordResult>(RECORD, {
      apiKey: world.keys.admin,
      variables: { input: funding({ programmeId: world.rrp }) },
    });
    expect(mismatch.data?.recordFunding.issues?.map((issue) => issue.field)).toEqual(['projectId']);
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });

  it('is refused to PUBLIC and CENTRE_STAFF callers (FORBIDDEN) without writing', async () => {
    const before = await rowCounts(gw.db.prisma);
    for (const apiKey of [undefined, world.keys.staff, world.keys.partner]) {
      const result = await gw.graphql<RecordResult>(RECORD, {
        ...(apiKey ? { apiKey } : {}),
        variables: { input: funding() },
      });
      expect(result.data?.recordFunding ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await rowCounts(gw.db.prisma)).toEqual(before);
  });
});
