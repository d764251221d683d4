import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../../testing/statement-recorder';
import { seedProgrammeWorld, type ProgrammeWorld } from './programme-fixtures.test-data';

let gw: RecordingTestGateway;
let world: ProgrammeWorld;
beforeAll(async () => {
  gw = await createRecordingTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
  await gw.db.prisma.funding.create({
    data: {
      programmeId: world.crp6,
      donorOrganisationId: world.usa,
      recipientOrganisationId: world.iom,
      amount: '2500000.00',
      currency: 'USD',
      transactionType: 'incoming_funds',
      transactionDate: new Date('2018-01-15T00:00:00.000Z'),
    },
  });
});
afterAll(async () => {
  await gw.close();
});

type ProgrammeNode = {
  id: string;
  code: string;
  startDate: string;
  leadOrganisation: { acronym: string };
  donors: { acronym: string }[];
  projects: { totalCount: number; edges: { node: { code: string } }[] };
  fundingTotals: { currency: string; amount: string }[];
};
const PROGRAMMES = `query Programmes($first: Int, $after: String) {
  programmes(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id code startDate leadOrganisation { acronym } donors { acronym } projects(first: 2) { totalCount edges { node { code } } } fundingTotals { currency amount } } }
  }
}`;
type Programmes = {
  programmes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: ProgrammeNode }[];
  };
};

describe('programmes', () => {
  it('pages programmes newest first, each with its donors, a page of projects with their total, and funding totals', async () => {
    const first = await gw.graphql<Programmes>(PROGRAMMES, { variables: { first: 1 } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.programmes.totalCount).toBe(2);
    const rrp = first.data?.programmes.edges[0]?.node;
    expect(rrp).toMatchObject({
      code: 'RRP',
      startDate: '2019-01-01',
      donors: [],
      projects: { totalCount: 1 },
      fundingTotals: [],
    });

    const second = await gw.graphql<Programmes>(PROGRAMMES, {
      variables: { first: 1, after: first.data?.programmes.pageInfo.endCursor },
    });
    const crp6 = second.data?.programmes.edges[0]?.node;
    expect(crp6).toMatchObject({
      code: 'CRP-VI',
      leadOrganisation: { acronym: 'IOM' },
      // EU is a declared project donor, USA a funding donor: both, each once.
      donors: [{ acronym: 'EU' }, { acronym: 'USA' }],
      projects: { totalCount: 4, edges: [{ node: { code: 'DIY-EDU' } }, { node: { code: 'DIY-HEA' } }] },
      fundingTotals: [{ currency: 'USD', amount: '2500000.00' }],
    });
    expect(second.data?.programmes.pageInfo.hasNextPage).toBe(false);
  });

  it('finds a programme by global id, by UUID and through node(id:), and answers null for an unknown id', async () => {
    const byUuid = await gw.graphql<{ programme: { id: string; code: string } }>(
      `{ programme(id: "${world.crp6}") { id code } }`,
    );
    const globalId = byUuid.data?.programme.id;
    expect(globalId).not.toBe(world.crp6);
    const byGlobalId = await gw.graphql<{ programme: { code: string } }>(`{ programme(id: "${globalId}") { code } }`);
    expect(byGlobalId.data?.programme.code).toBe('CRP-VI');
    const node = await gw.graphql<{ node: { code: string } }>(
      `{ node(id: "${globalId}") { ... on Programme { code } } }`,
    );
    expect(node.data?.node.code).toBe('CRP-VI');
    const unknown = await gw.graphql<{ programme: null }>(
      '{ programme(id: "00000000-0000-4000-8000-000000000000") { code } }',
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.programme).toBeNull();
  });

  it('costs the same number of SQL statements for one programme as for all of them (no query per programme)', async () => {
    const one = await gw.statements.during(() => gw.graphql<Programmes>(PROGRAMMES, { variables: { first: 1 } }));
    const all = await gw.statements.during(() => gw.graphql<Programmes>(PROGRAMMES, { variables: { first: 100 } }));
    expect(one.result.errors).toBeUndefined();
    expect(all.result.data?.programmes.edges).toHaveLength(2);
    console.log(`programmes page: ${one.statements.length} statements for 1 programme, ${all.statements.length} for 2`);
    expect(all.statements.length).toBe(one.statements.length);
  });
});
