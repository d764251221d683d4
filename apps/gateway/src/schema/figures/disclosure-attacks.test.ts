// The attack suite of disclosure control (issue 9): the attacks that took the old
// small-cell suppression apart, run as PUBLIC against the demo data and against a generated
// population of 100,000 people, each scored against ADMIN's exact figures.
import { loadDemoData } from '@crc/db';
import { insertSyntheticPopulation } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../auth/api-keys';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import {
  averaging,
  differencingAndBisection,
  errorOracle,
  linearDerivation,
  ReachClient,
  type AttackScore,
  type AttackSetting,
} from './disclosure-attacks';

interface Dataset {
  readonly name: string;
  /** Whether narrow filters give small month-to-month steps in this dataset (the demo has too few rare people). */
  readonly smallSteps: boolean;
  readonly load: (gw: TestGateway) => Promise<{ centreIds: string[]; months: string[] }>;
}

/** The two centres and six consecutive months with the most deliveries. */
async function busiest(gw: TestGateway): Promise<{ centreIds: string[]; months: string[] }> {
  const centres = await gw.db.prisma.$queryRaw<{ centre_id: string }[]>`
    SELECT centre_id::text FROM service_delivery GROUP BY centre_id ORDER BY COUNT(*) DESC, centre_id LIMIT 2`;
  const [first] = await gw.db.prisma.$queryRaw<{ month: string }[]>`
    SELECT to_char(date_trunc('month', delivered_on), 'YYYY-MM-DD') AS month
    FROM service_delivery GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1`;
  const [earliest] = await gw.db.prisma.$queryRaw<{ month: string }[]>`
    SELECT to_char(date_trunc('month', MIN(delivered_on)), 'YYYY-MM-DD') AS month FROM service_delivery`;
  const busiestMonth = new Date(`${first!.month}T00:00:00Z`);
  const twoBefore = new Date(Date.UTC(busiestMonth.getUTCFullYear(), busiestMonth.getUTCMonth() - 2, 1))
    .toISOString()
    .slice(0, 10);
  const start = new Date(`${twoBefore > earliest!.month ? twoBefore : earliest!.month}T00:00:00Z`);
  const months = Array.from({ length: 6 }, (_, i) =>
    new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1)).toISOString().slice(0, 10),
  );
  return { centreIds: centres.map((row) => row.centre_id), months };
}

const DATASETS: Dataset[] = [
  {
    name: 'demo data',
    smallSteps: false,
    load: async (gw) => {
      await loadDemoData(gw.db.prisma);
      return busiest(gw);
    },
  },
  {
    name: 'generated population of 100,000 people',
    smallSteps: true,
    load: async (gw) => {
      const population = await insertSyntheticPopulation(gw.db.prisma, { people: 100_000 });
      expect(population.people).toBe(100_000);
      return busiest(gw);
    },
  },
];

/** Recovery above the rate of guessing fails the suite. */
function expectNoBetterThanGuessing(score: AttackScore) {
  const rate = score.targets === 0 ? 0 : score.recovered / score.targets;
  expect(
    rate,
    `${score.attack}: ${score.recovered}/${score.targets}, guessing ${score.guessRate.toFixed(3)}`,
  ).toBeLessThanOrEqual(score.allowedRate);
}

describe.each(DATASETS)('disclosure attacks on the $name', (dataset) => {
  let gw: TestGateway;
  let setting: AttackSetting;
  let clients: { partner: ReachClient; otherStaff: ReachClient; ownStaff: ReachClient };
  const scores: AttackScore[] = [];

  beforeAll(async () => {
    // Generating 100,000 people, and hundreds of reach tables over them on 2 shared cores, outlast the
    // production statement and request budgets: the attacks are about answers, not time.
    gw = await createTestGateway({ STATEMENT_TIMEOUT_MS: '0', REQUEST_DATABASE_BUDGET_MS: '0' });
    const { centreIds, months } = await dataset.load(gw);
    const prisma = gw.db.prisma;
    const organisation = await prisma.organisation.create({
      data: { name: 'Attacking partner', type: 'national_ngo' },
    });
    const key = async (role: 'ADMIN' | 'PARTNER' | 'CENTRE_STAFF', centreId?: string) =>
      (
        await createApiKey(prisma, {
          name: `attack ${role}`,
          role,
          ...(role === 'PARTNER' ? { organisationId: organisation.id } : {}),
          ...(centreId ? { centreIds: [centreId] } : {}),
        })
      ).secret;
    setting = {
      attacker: new ReachClient(gw, undefined),
      admin: new ReachClient(gw, await key('ADMIN')),
      centreIds,
      months,
    };
    clients = {
      partner: new ReachClient(gw, await key('PARTNER')),
      // Staff of the second centre, asking about the first centre's people.
      otherStaff: new ReachClient(gw, await key('CENTRE_STAFF', centreIds[1])),
      ownStaff: new ReachClient(gw, await key('CENTRE_STAFF', centreIds[0])),
    };
  }, 600_000);
  afterAll(async () => {
    console.log(
      `disclosure attacks on the ${dataset.name}:\n${scores.map((s) => `  ${s.attack}: recovered ${s.recovered}/${s.targets} (guessing ${(s.guessRate * 100).toFixed(1)}%, allowed ${(s.allowedRate * 100).toFixed(1)}%), ${s.queries} queries`).join('\n')}`,
    );
    await gw?.close();
  });

  it('linear derivation from one table’s cells and totals does no better than guessing', async () => {
    const score = await linearDerivation(setting);
    scores.push(score);
    expect(score.targets).toBeGreaterThan(0);
    expectNoBetterThanGuessing(score);
  }, 600_000);

  it('differencing adjacent month windows, and bisecting the steps over filters, do no better than guessing', async () => {
    const { differencing, bisection } = await differencingAndBisection(setting);
    scores.push(differencing, bisection);
    if (dataset.smallSteps) expect(differencing.targets).toBeGreaterThan(0);
    expect(bisection.targets).toBeGreaterThan(0);
    expectNoBetterThanGuessing(differencing);
    expectNoBetterThanGuessing(bisection);
  }, 600_000);

  it('averaging repeated and reshaped queries gains nothing: the same cell asked three ways has one value', async () => {
    const { score, consistent, cellsAsked } = await averaging(setting);
    scores.push(score);
    expect(cellsAsked).toBeGreaterThan(0);
    expect(score.targets).toBeGreaterThan(0);
    expect(consistent).toBe(true);
    expectNoBetterThanGuessing(score);
  }, 600_000);

  it('no error answers a question about hidden birth dates', async () => {
    const probes = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2012 + i, 0, 0)).toISOString().slice(0, 10)); // 31 December 2011 .. 2022
    const bornAfter = async (centreId: string, at: string) => {
      const [row] = await gw.db.prisma.$queryRaw<{ n: number }[]>`
        SELECT COUNT(DISTINCT b.id)::int AS n FROM service_delivery sd JOIN beneficiary b ON b.id = sd.beneficiary_id
        WHERE sd.centre_id = ${centreId}::uuid AND b.birth_date > ${at}::date`;
      return row!.n;
    };
    const score = await errorOracle(setting, bornAfter, probes);
    scores.push(score);
    expect(score.recovered).toBe(0);
    // Refusals depend on the arguments only: a day window is refused for everyone, whatever the data.
    const refused = await setting.attacker.answer({
      by: [],
      filter: { centreId: setting.centreIds[0], from: '2024-03-05', to: '2024-03-05' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  }, 600_000);

  it('shows PUBLIC, PARTNER and another centre’s staff no people figure from 1 to k - 1, and the same values to all three', async () => {
    // PARTNER on both centres; the second centre's staff on the first centre's people only.
    await linearDerivation({ ...setting, attacker: clients.partner });
    await linearDerivation({ ...setting, attacker: clients.otherStaff, centreIds: [setting.centreIds[0]!] });
    const k = gw.config.SUPPRESSION_K;
    for (const client of [setting.attacker, clients.partner, clients.otherStaff]) {
      expect(client.seen.length).toBeGreaterThan(0);
      expect(client.seen.filter((value) => value >= 1 && value < k)).toEqual([]);
    }
    const variables = {
      by: ['POPULATION_GROUP', 'SEX'],
      filter: { centreId: setting.centreIds[0], from: setting.months[0] },
    };
    const asPublic = await setting.attacker.table(variables);
    expect(await clients.partner.table(variables)).toEqual(asPublic);
    expect(await clients.otherStaff.table(variables)).toEqual(asPublic);
    expect(asPublic.disclosure.perturbed).toBe(true);
  }, 600_000);

  it('gives ADMIN, and a centre’s own staff on their own centre, exact figures', async () => {
    const variables = {
      by: ['POPULATION_GROUP', 'SEX'],
      filter: { centreId: setting.centreIds[0], from: '2010-01-03', to: '2030-12-30' },
    };
    const exact = await setting.admin.table(variables);
    expect(exact.disclosure.perturbed).toBe(false);
    expect(await clients.ownStaff.table(variables)).toEqual(exact);
    // The same staff key on another centre's people is protected.
    const elsewhere = await clients.ownStaff.answer({
      ...variables,
      filter: { ...variables.filter, centreId: setting.centreIds[1] },
    });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  }, 600_000);
});
