import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import { seedProgrammeWorld, type ProgrammeWorld } from '../programmes/programme-fixtures.test-data';

let gw: TestGateway;
let world: ProgrammeWorld;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const quarter = (n: 1 | 2 | 3 | 4) =>
  ({
    1: { periodStart: day('2018-01-01'), periodEnd: day('2018-03-31') },
    2: { periodStart: day('2018-04-01'), periodEnd: day('2018-06-30') },
    3: { periodStart: day('2018-07-01'), periodEnd: day('2018-09-30') },
    4: { periodStart: day('2018-10-01'), periodEnd: day('2018-12-31') },
  })[n];
const year2018 = { periodStart: day('2018-01-01'), periodEnd: day('2018-12-31') };

beforeAll(async () => {
  gw = await createTestGateway();
  world = await seedProgrammeWorld(gw.db.prisma);
  const prisma = gw.db.prisma;
  await prisma.indicator.create({
    data: {
      code: 'CRP6-VT-01',
      name: 'People who completed vocational training',
      unit: 'individuals',
      programmeId: world.crp6,
      targets: { create: [{ ...year2018, value: '2000' }] },
      values: {
        create: [
          { ...quarter(1), value: '400' },
          { ...quarter(2), value: '700' },
        ],
      },
    },
  });
  await prisma.indicator.create({
    data: {
      code: 'CRP6-SAT-01',
      name: 'Share of participants satisfied',
      unit: 'percent',
      projectId: world.projects['JAL-WAT'],
      targets: { create: [{ ...year2018, value: '80' }] },
      values: {
        create: [
          { ...quarter(2), value: '60' },
          { ...quarter(1), value: '40' },
        ],
      },
    },
  });
  await prisma.indicator.create({
    data: {
      code: 'CRP6-GR-01',
      name: 'Grants disbursed',
      unit: 'currency',
      programmeId: world.crp6,
      targets: { create: [1, 2, 3, 4].map((n) => ({ ...quarter(n as 1), value: '0.10' })) },
      values: {
        create: [
          { ...quarter(1), value: '0.10' },
          { ...quarter(2), value: '0.20' },
        ],
      },
    },
  });
  await prisma.indicator.create({
    data: { code: 'RRP-01', name: 'Another programme’s indicator', unit: 'count', programmeId: world.rrp },
  });
});
afterAll(async () => {
  await gw.close();
});

type Progress = {
  unit: string;
  actual: string | null;
  target: string | null;
  percentAchieved: number | null;
  aggregation: string;
  valuesCounted: number;
  period: { start: string; end: string };
};
type Indicators = {
  indicators: {
    totalCount: number;
    edges: {
      node: {
        code: string;
        unit: string;
        unitLabel: string;
        targets: { value: string }[];
        progress: Progress | null;
        firstQuarter: Progress | null;
      };
    }[];
  };
};
const INDICATORS = `query Indicators($programmeId: ID!) {
  indicators(programmeId: $programmeId) {
    totalCount
    edges { node {
      code unit unitLabel targets { value }
      progress { unit actual target percentAchieved aggregation valuesCounted period { start end } }
      firstQuarter: progress(period: { start: "2018-01-01", end: "2018-03-31" }) { unit actual target percentAchieved aggregation valuesCounted period { start end } }
    } }
  }
}`;

describe('indicators', () => {
  it('lists a programme’s indicators and its projects’, not other programmes’', async () => {
    const result = await gw.graphql<Indicators>(INDICATORS, {
      variables: { programmeId: world.crp6 },
      headers: { 'accept-language': 'ar' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.indicators.totalCount).toBe(3);
    expect(result.data?.indicators.edges.map((edge) => edge.node.code)).toEqual([
      'CRP6-GR-01',
      'CRP6-SAT-01',
      'CRP6-VT-01',
    ]);
    for (const edge of result.data?.indicators.edges ?? []) expect(edge.node.unitLabel).toMatch(/[\u0600-\u06FF]/);
  });

  it('measures progress with @crc/metrics semantics and carries the unit', async () => {
    const result = await gw.graphql<Indicators>(INDICATORS, { variables: { programmeId: world.crp6 } });
    const byCode = new Map(result.data?.indicators.edges.map((edge) => [edge.node.code, edge.node]));

    // People: quarterly values add up against the yearly target.
    expect(byCode.get('CRP6-VT-01')?.progress).toEqual({
      unit: 'INDIVIDUALS',
      actual: '1100',
      target: '2000',
      percentAchieved: 55,
      aggregation: 'SUM',
      valuesCounted: 2,
      period: { start: '2018-01-01', end: '2018-12-31' },
    });
    // A quarter has no target of its own and none inside it: no percentage, not 0 %.
    expect(byCode.get('CRP6-VT-01')?.firstQuarter).toMatchObject({
      actual: '400',
      target: null,
      percentAchieved: null,
      valuesCounted: 1,
    });

    // Percentages do not add: the latest value counts.
    expect(byCode.get('CRP6-SAT-01')?.progress).toMatchObject({
      unit: 'PERCENT',
      actual: '60',
      target: '80',
      percentAchieved: 75,
      aggregation: 'LATEST',
    });

    // Money: exact decimals, quarterly targets summed for the year (0.1 + 0.2 is 0.30 here, not 0.30000000000000004).
    expect(byCode.get('CRP6-GR-01')?.progress).toMatchObject({
      unit: 'CURRENCY',
      actual: '0.30',
      target: '0.40',
      percentAchieved: 75,
    });
    expect(byCode.get('CRP6-GR-01')?.targets.map((target) => target.value)).toEqual(['0.10', '0.10', '0.10', '0.10']);
    expect(byCode.get('CRP6-GR-01')?.firstQuarter).toMatchObject({
      actual: '0.10',
      target: '0.10',
      percentAchieved: 100,
    });
  });

  it('has no progress for an indicator without targets or values, and nothing for an unknown programme', async () => {
    const rrp = await gw.graphql<Indicators>(INDICATORS, { variables: { programmeId: world.rrp } });
    expect(rrp.data?.indicators.edges.map((edge) => [edge.node.code, edge.node.progress])).toEqual([['RRP-01', null]]);
    const unknown = await gw.graphql<Indicators>(INDICATORS, { variables: { programmeId: 'nope' } });
    expect(unknown.data?.indicators).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses a period that ends before it starts, naming period.end (@crc/domain PeriodSchema)', async () => {
    const result = await gw.graphql(
      `query One($programmeId: ID!) { indicators(programmeId: $programmeId) { edges { node {
        progress(period: { start: "2018-06-01", end: "2018-01-31" }) { actual } } } } }`,
      { variables: { programmeId: world.crp6 } },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period.end',
      issues: [{ field: 'period.end' }],
    });
  });
});
