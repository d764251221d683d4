import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;
beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
  // USA funds MOS-EDU without being a declared donor: the donor filter must find it through funding.
  await gw.db.prisma.funding.create({
    data: {
      programmeId: world.crp6,
      projectId: world.projects['MOS-EDU'],
      donorOrganisationId: world.usa,
      recipientOrganisationId: world.iom,
      amount: '1000.00',
      currency: 'USD',
      transactionType: 'disbursement',
      transactionDate: new Date('2018-05-01T00:00:00.000Z'),
    },
  });
});
afterAll(async () => {
  await gw.close();
});

type Page = {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { code: string } }[];
  };
};
const PAGE = `query Projects($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } }
}`;

async function codes(filter: Record<string, unknown>): Promise<string[]> {
  const result = await gw.graphql<Page>(PAGE, { variables: { filter } });
  expect(result.errors).toBeUndefined();
  const page = result.data?.projects;
  expect(page?.totalCount).toBe(page?.edges.length);
  return page?.edges.map((edge) => edge.node.code) ?? [];
}

describe('projects', () => {
  it('filters by programme, sector, status and type', async () => {
    expect(await codes({ programmeId: world.crp6 })).toEqual(['DIY-EDU', 'DIY-HEA', 'JAL-WAT', 'MOS-EDU']);
    expect(await codes({ sector: 'EDUCATION' })).toEqual(['DIY-EDU', 'MOS-EDU']);
    expect(await codes({ status: 'CLOSED' })).toEqual(['DIY-HEA']);
    expect(await codes({ type: 'QUICK_IMPACT_PROJECT', programmeId: world.rrp })).toEqual(['RRP-ENE']);
  });

  it('filters by area at any level, areas inside it included', async () => {
    expect(await codes({ areaPcode: 'IQG10' })).toEqual(['DIY-EDU', 'DIY-HEA', 'JAL-WAT', 'RRP-ENE']);
    expect(await codes({ areaPcode: 'IQG10Q05' })).toEqual(['DIY-EDU', 'JAL-WAT', 'RRP-ENE']);
    expect(await codes({ areaPcode: 'IQG10Q05N04' })).toEqual(['JAL-WAT']);
    expect(await codes({ areaPcode: 'IQG15' })).toEqual(['MOS-EDU']);
  });

  it('refuses a p-code that names no area instead of matching by accident (IQG1 would prefix ten governorates)', async () => {
    const result = await gw.graphql<Page>(PAGE, { variables: { filter: { areaPcode: 'IQG1' } } });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('filters by donor: declared donors and donors of funding', async () => {
    expect(await codes({ donorId: world.eu })).toEqual(['DIY-EDU']);
    expect(await codes({ donorId: world.usa })).toEqual(['MOS-EDU']);
    expect(await codes({ donorId: 'not-an-id' })).toEqual([]);
  });

  it('pages with a totalCount that covers every page', async () => {
    const first = await gw.graphql<Page>(PAGE, { variables: { first: 2 } });
    expect(first.data?.projects.totalCount).toBe(5);
    expect(first.data?.projects.edges.map((edge) => edge.node.code)).toEqual(['DIY-EDU', 'DIY-HEA']);
    expect(first.data?.projects.pageInfo.hasNextPage).toBe(true);
    const second = await gw.graphql<Page>(PAGE, {
      variables: { first: 2, after: first.data?.projects.pageInfo.endCursor },
    });
    expect(second.data?.projects.totalCount).toBe(5);
    expect(second.data?.projects.edges.map((edge) => edge.node.code)).toEqual(['JAL-WAT', 'MOS-EDU']);
    const last = await gw.graphql<Page>(PAGE, {
      variables: { first: 2, after: second.data?.projects.pageInfo.endCursor },
    });
    expect(last.data?.projects.edges.map((edge) => edge.node.code)).toEqual(['RRP-ENE']);
    expect(last.data?.projects.pageInfo.hasNextPage).toBe(false);
  });

  it('labels codes in the request’s language, with IATI and DAC codes', async () => {
    const result = await gw.graphql<{
      project: {
        sector: string;
        sectorDacCode: number;
        sectorLabel: string;
        status: string;
        statusIatiCode: number;
        statusLabel: string;
        typeLabel: string;
        englishSector: string;
        area: { name: string };
        programme: { code: string };
        targets: { individuals: number; households: number | null };
        donors: { acronym: string }[];
      };
    }>(
      `{ project(id: "${world.projects['DIY-EDU']}") {
          sector sectorDacCode sectorLabel status statusIatiCode statusLabel typeLabel englishSector: sectorLabel(locale: EN)
          area { name } programme { code } targets { individuals households } donors { acronym } } }`,
      { headers: { 'accept-language': 'ar' } },
    );
    expect(result.errors).toBeUndefined();
    const project = result.data?.project;
    expect(project).toMatchObject({
      sector: 'EDUCATION',
      sectorDacCode: 11220,
      status: 'IMPLEMENTATION',
      statusIatiCode: 2,
      englishSector: 'Education',
    });
    for (const label of [project?.sectorLabel, project?.statusLabel, project?.typeLabel, project?.area.name])
      expect(label).toMatch(/[\u0600-\u06FF]/);
    expect(project).toMatchObject({
      programme: { code: 'CRP-VI' },
      targets: { individuals: 500, households: null },
      donors: [{ acronym: 'EU' }],
    });
  });
});
