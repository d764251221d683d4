import { upsertPublishedScopeFigures } from '@crc/db';
import { displacementChange, displacementSeries, returnRatio } from '@crc/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingTestGateway, type RecordingTestGateway } from '../../testing/statement-recorder';
import { seedCentre } from '../centres/centre-fixtures.test-data';

type Group = 'idp' | 'returnee';
interface Seed {
  areaPcode: string;
  level: 'governorate' | 'district' | 'subdistrict';
  round: number;
  populationGroup: Group;
  individuals: number;
  households?: number;
  source?: string;
}

// Diyala reports sub-district figures in rounds 10 and 12, not in round 11 (missing, not zero).
// Kirkuk has a governorate total and a district figure in round 12: the total must not be added to it.
const FIGURES: Seed[] = [
  {
    areaPcode: 'IQG10Q05N04',
    level: 'subdistrict',
    round: 10,
    populationGroup: 'idp',
    individuals: 100,
    households: 20,
  },
  {
    areaPcode: 'IQG10Q05N04',
    level: 'subdistrict',
    round: 10,
    populationGroup: 'returnee',
    individuals: 300,
    households: 50,
  },
  {
    areaPcode: 'IQG10Q01N01',
    level: 'subdistrict',
    round: 10,
    populationGroup: 'idp',
    individuals: 50,
    households: 10,
  },
  {
    areaPcode: 'IQG10Q01N01',
    level: 'subdistrict',
    round: 10,
    populationGroup: 'returnee',
    individuals: 0,
    households: 0,
  },
  {
    areaPcode: 'IQG10Q05N04',
    level: 'subdistrict',
    round: 12,
    populationGroup: 'idp',
    individuals: 80,
    households: 16,
  },
  {
    areaPcode: 'IQG10Q05N04',
    level: 'subdistrict',
    round: 12,
    populationGroup: 'returnee',
    individuals: 330,
    households: 55,
  },
  { areaPcode: 'IQG10Q01N01', level: 'subdistrict', round: 12, populationGroup: 'idp', individuals: 40, households: 8 },
  {
    areaPcode: 'IQG10Q01N01',
    level: 'subdistrict',
    round: 12,
    populationGroup: 'returnee',
    individuals: 10,
    households: 2,
  },
  { areaPcode: 'IQG13Q01', level: 'district', round: 11, populationGroup: 'idp', individuals: 210 },
  { areaPcode: 'IQG13', level: 'governorate', round: 12, populationGroup: 'idp', individuals: 500, source: 'dtm_api' },
  { areaPcode: 'IQG13Q01', level: 'district', round: 12, populationGroup: 'idp', individuals: 200 },
];

/** Diyala's totals per round and group, from the seeds, for the @crc/metrics functions. */
function diyala(round: number, group: Group): number | null {
  const figures = FIGURES.filter(
    (f) => f.areaPcode.startsWith('IQG10') && f.round === round && f.populationGroup === group,
  );
  return figures.length === 0 ? null : figures.reduce((sum, f) => sum + f.individuals, 0);
}

let gw: RecordingTestGateway;
beforeAll(async () => {
  gw = await createRecordingTestGateway();
  await gw.db.prisma.displacementFigure.createMany({
    data: FIGURES.map((f) => ({
      ...f,
      households: f.households ?? null,
      source: f.source ?? 'dtm_master_list',
      reportingDate: new Date(Date.UTC(2021, f.round - 10, 28)),
      sourceRef: 'test',
    })),
  });
  await gw.db.prisma.$transaction((tx) => upsertPublishedScopeFigures(tx));
  await seedCentre(gw.db.prisma, {
    code: 'CRC-JAL',
    name: 'Jalawla CRC',
    nameAr: 'مركز موارد المجتمع في جلولاء',
    areaPcode: 'IQG10Q05N04',
  });
});
afterAll(async () => {
  await gw.close();
});

interface GovernorateRow {
  pcode: string;
  name: string;
  displacement: {
    round: number | null;
    idps: number | null;
    returnees: number | null;
    idpHouseholds: number | null;
    idpLevel: string | null;
  };
  centres: { name: string }[];
}

describe('AdminArea.displacement', () => {
  const QUERY =
    '{ governorates { pcode name displacement { round idps returnees idpHouseholds idpLevel } centres { name } } }';

  it('gives a governorate’s IDPs and returnees in the latest round next to its centres, in Arabic, in 3 statements', async () => {
    const { result, statements } = await gw.statements.during(() =>
      gw.graphql<{ governorates: GovernorateRow[] }>(QUERY, { headers: { 'accept-language': 'ar' } }),
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.governorates;
    const diyalaRow = rows.find((g) => g.pcode === 'IQG10')!;
    expect(diyalaRow.name).toBe('ديالى');
    expect(diyalaRow.centres).toEqual([{ name: 'مركز موارد المجتمع في جلولاء' }]);
    expect(diyalaRow.displacement).toEqual({
      round: 12,
      idps: 120,
      returnees: 340,
      idpHouseholds: 24,
      idpLevel: 'SUBDISTRICT',
    });
    // Kirkuk's governorate total, not total + district (500, not 700); no returnee figure: null, not 0.
    expect(rows.find((g) => g.pcode === 'IQG13')!.displacement).toMatchObject({
      idps: 500,
      returnees: null,
      idpLevel: 'GOVERNORATE',
    });
    expect(rows.find((g) => g.pcode === 'IQG01')!.displacement).toMatchObject({
      round: 12,
      idps: null,
      returnees: null,
    });
    // latest round + all 18 areas' totals + centres, however many areas.
    expect(statements.length).toBe(3);
  });

  it('costs the same for the 101 districts as for the 18 governorates, and answers for a given round', async () => {
    const { result, statements } = await gw.statements.during(() =>
      gw.graphql<{ governorates: { children: { pcode: string; displacement: { idps: number | null } }[] }[] }>(
        '{ governorates { children { pcode displacement(round: 11) { idps } } } }',
      ),
    );
    expect(result.errors).toBeUndefined();
    const districts = result.data!.governorates.flatMap((g) => g.children);
    expect(districts.find((d) => d.pcode === 'IQG13Q01')!.displacement.idps).toBe(210);
    expect(districts.find((d) => d.pcode === 'IQG10Q05')!.displacement.idps).toBeNull();
    expect(statements.length).toBe(1);
  });
});

describe('displacement series, change and return ratio', () => {
  it('shows the round Diyala did not report as null, with the @crc/metrics series', async () => {
    const result = await gw.graphql<{
      displacementSeries: {
        round: number;
        idps: number | null;
        returnees: number | null;
        returnRatio: number | null;
        idpChange: { absolute: number | null };
        partial: boolean;
      }[];
    }>(
      '{ displacementSeries(areaPcode: "IQG10") { round idps returnees returnRatio idpChange { absolute percent } partial } }',
    );
    expect(result.errors).toBeUndefined();
    const points = result.data!.displacementSeries;
    expect(points.map((p) => [p.round, p.idps, p.returnees])).toEqual([
      [10, 150, 300],
      [11, null, null],
      [12, 120, 340],
    ]);
    const expected = displacementSeries(
      FIGURES.filter((f) => f.areaPcode.startsWith('IQG10')).map((f) => ({
        areaPcode: f.areaPcode,
        roundNumber: f.round,
        populationGroup: f.populationGroup,
        individuals: f.individuals,
      })),
      { rounds: [10, 11, 12], level: 'governorate' },
    )[0]!.points;
    expect(points.map((p) => [p.returnRatio, p.idpChange.absolute, p.partial])).toEqual(
      expected.map((p) => [p.returnRatio, p.idpChange.absolute, p.partial]),
    );
    expect(points[2]!.idpChange.absolute).toBeNull(); // no change across the missing round
  });

  it('gives change and return ratio equal to @crc/metrics on the same figures', async () => {
    const result = await gw.graphql<{
      displacementChange: {
        populationGroup: string;
        from: number | null;
        to: number | null;
        absolute: number | null;
        percent: number | null;
      }[];
      returnRatio: number | null;
      missing: number | null;
    }>(
      '{ displacementChange(areaPcode: "IQG10", fromRound: 10, toRound: 12) { populationGroup from to absolute percent } returnRatio(areaPcode: "IQG10", round: 12) missing: returnRatio(areaPcode: "IQG10", round: 11) }',
    );
    expect(result.errors).toBeUndefined();
    const [idps, returnees] = result.data!.displacementChange;
    expect(idps).toEqual({
      populationGroup: 'IDP',
      from: 150,
      to: 120,
      ...displacementChange(diyala(10, 'idp'), diyala(12, 'idp')),
    });
    expect(idps!.percent).toBe(-20);
    expect(returnees).toEqual({
      populationGroup: 'RETURNEE',
      from: 300,
      to: 340,
      ...displacementChange(diyala(10, 'returnee'), diyala(12, 'returnee')),
    });
    expect(result.data!.returnRatio).toBe(returnRatio({ returnees: diyala(12, 'returnee'), idps: diyala(12, 'idp') }));
    expect(result.data!.missing).toBeNull();
  });
});

describe('displacementFigures', () => {
  it('filters by area prefix, level and round, with totalCount and localized labels', async () => {
    const result = await gw.graphql<{
      displacementFigures: {
        totalCount: number;
        edges: { node: { area: { name: string }; round: number; populationGroupLabel: string; individuals: number } }[];
      };
    }>(
      '{ displacementFigures(filter: { areaPcode: "IQG13", level: DISTRICT, fromRound: 12 }) { totalCount edges { node { area { name } round populationGroupLabel individuals } } } }',
      { headers: { 'accept-language': 'ar' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.displacementFigures.totalCount).toBe(1);
    expect(result.data!.displacementFigures.edges[0]!.node).toMatchObject({
      area: { name: 'الحويجة' },
      round: 12,
      individuals: 200,
    });
    expect(result.data!.displacementFigures.edges[0]!.node.populationGroupLabel).toMatch(/[\u0600-\u06FF]/);
    const all = await gw.graphql<{ displacementFigures: { totalCount: number }; latestDisplacementRound: number }>(
      '{ displacementFigures(filter: { areaPcode: "IQG10", from: "2021-03-01" }) { totalCount } latestDisplacementRound }',
    );
    expect(all.data).toEqual({ displacementFigures: { totalCount: 4 }, latestDisplacementRound: 12 });
  });

  it('serves the national figures the documents quote apart from area figures', async () => {
    const result = await gw.graphql<{
      publishedDisplacementFigures: { key: string; individuals: number; reportingDate: string; sourceRef: string }[];
    }>('{ publishedDisplacementFigures(scope: COUNTRY) { key individuals reportingDate sourceRef } }');
    expect(result.data!.publishedDisplacementFigures.find((f) => f.key === 'iraq-idps-2017-10')).toMatchObject({
      individuals: 3_200_000,
      reportingDate: '2017-10-12',
    });
  });

  it('refuses a series whose rounds are out of order or too many, and an unknown area, naming the argument and rule', async () => {
    const series = (args: string, language = 'en') =>
      gw.graphql(`{ displacementSeries(${args}) { round } }`, { headers: { 'accept-language': language } });
    const backwards = await series('areaPcode: "IQG10", fromRound: 12, toRound: 10', 'ar');
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toRound',
      issues: [{ field: 'toRound', code: 'round_order' }],
    });
    expect(backwards.errors?.[0]?.message).toMatch(/[\u0600-\u06FF]/);
    // Only fromRound given: toRound is the area's last round (12), before it.
    expect((await series('areaPcode: "IQG10", fromRound: 40')).errors?.[0]?.extensions).toMatchObject({
      issues: [{ field: 'toRound', code: 'round_order' }],
    });
    expect((await series('areaPcode: "IQG10", fromRound: 1, toRound: 500')).errors?.[0]?.extensions).toMatchObject({
      issues: [{ field: 'toRound', code: 'too_many_rounds' }],
    });
    const unknown = await series('areaPcode: "IQG99"');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ field: 'areaPcode', issues: [{ code: 'unknown_area' }] });
    expect(unknown.errors?.[0]?.message).toContain('IQG99');
  });
});
