import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
  const row = (
    donorOrganisationId: string,
    amount: string,
    currency: string,
    extra: { projectId?: string; programmeId?: string; transactionType?: string } = {},
  ) => ({
    programmeId: world.crp6,
    donorOrganisationId,
    recipientOrganisationId: world.iom,
    amount,
    currency,
    transactionType: 'incoming_funds',
    transactionDate: day('2018-03-01'),
    ...extra,
  });
  await gw.db.prisma.funding.createMany({
    data: [
      // 2^53 + 1 and friends: a double cannot hold these sums exactly.
      row(world.eu, '9007199254740993', 'IQD'),
      row(world.eu, '2', 'IQD', { projectId: world.projects['DIY-EDU'] }),
      row(world.eu, '0.10', 'USD'),
      row(world.eu, '0.20', 'USD', { projectId: world.projects['JAL-WAT'] }),
      row(world.usa, '1500000.00', 'USD'),
      row(world.usa, '250000.00', 'USD', { transactionType: 'incoming_commitment' }),
      // Another programme's money never counts for CRP VI.
      row(world.eu, '999.99', 'USD', { programmeId: world.rrp, projectId: world.projects['RRP-ENE'] }),
    ],
  });
});
afterAll(async () => {
  await gw.close();
});

const BY_DONOR = `query ByDonor($id: ID!, $types: [TransactionType!]) {
  fundingByDonor(programmeId: $id, transactionTypes: $types) { donor { acronym } currency amount transactions }
}`;
type ByDonor = {
  fundingByDonor: { donor: { acronym: string }; currency: string; amount: string; transactions: number }[] | null;
};

describe('fundingByDonor', () => {
  it('sums per donor and currency exactly, project funding included, other programmes excluded', async () => {
    const result = await gw.graphql<ByDonor>(BY_DONOR, { variables: { id: world.crp6 } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.fundingByDonor).toEqual([
      { donor: { acronym: 'EU' }, currency: 'IQD', amount: '9007199254740995', transactions: 2 },
      { donor: { acronym: 'USA' }, currency: 'USD', amount: '1750000.00', transactions: 2 },
      { donor: { acronym: 'EU' }, currency: 'USD', amount: '0.30', transactions: 2 },
    ]);
    // What a float sum would have said:
    expect(String(Number('9007199254740993') + 2)).toBe('9007199254740994');
  });

  it('keeps only the transaction types asked for', async () => {
    const result = await gw.graphql<ByDonor>(BY_DONOR, {
      variables: { id: world.crp6, types: ['INCOMING_COMMITMENT'] },
    });
    expect(result.data?.fundingByDonor).toEqual([
      { donor: { acronym: 'USA' }, currency: 'USD', amount: '250000.00', transactions: 1 },
    ]);
  });

  it('accepts the programme’s global id and answers null for an unknown programme', async () => {
    const programme = await gw.graphql<{ programme: { id: string } }>(`{ programme(id: "${world.crp6}") { id } }`);
    const byGlobalId = await gw.graphql<ByDonor>(BY_DONOR, { variables: { id: programme.data?.programme.id } });
    expect(byGlobalId.data?.fundingByDonor).toHaveLength(3);
    const unknown = await gw.graphql<ByDonor>(BY_DONOR, { variables: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.data?.fundingByDonor).toBeNull();
  });

  it('gives programme and project totals per transaction type and currency, never mixing them', async () => {
    const result = await gw.graphql<{
      programme: {
        fundingTotals: { transactionType: string; currency: string; amount: string; transactions: number }[];
        donors: { acronym: string }[];
      };
      project: {
        fundingTotals: { currency: string; amount: string }[];
        funding: { totalCount: number; edges: { node: { amount: string } }[] };
      };
    }>(`{
      programme(id: "${world.crp6}") { fundingTotals { transactionType currency amount transactions } donors { acronym } }
      project(id: "${world.projects['DIY-EDU']}") { fundingTotals { currency amount } funding { totalCount edges { node { amount } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.programme.fundingTotals).toEqual([
      { transactionType: 'INCOMING_COMMITMENT', currency: 'USD', amount: '250000.00', transactions: 1 },
      { transactionType: 'INCOMING_FUNDS', currency: 'IQD', amount: '9007199254740995', transactions: 2 },
      { transactionType: 'INCOMING_FUNDS', currency: 'USD', amount: '1500000.30', transactions: 3 },
    ]);
    expect(result.data?.programme.donors.map((donor) => donor.acronym)).toEqual(['EU', 'USA']);
    expect(result.data?.project.fundingTotals).toEqual([{ currency: 'IQD', amount: '2' }]);
    expect(result.data?.project.funding).toEqual({ totalCount: 1, edges: [{ node: { amount: '2' } }] });
  });
});
