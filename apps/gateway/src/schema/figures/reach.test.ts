import { createTranslator } from '@crc/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway';
import {
  PEOPLE_BY_GROUP_AND_SEX,
  seedFigures,
  washingtonGroupAnswersOf,
  type FiguresFixture,
} from './figures-fixtures';

interface Value {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}
interface Table {
  dimensions: string[];
  rowDimensions: string[];
  columnDimension: string | null;
  unit: string;
  additive: boolean;
  suppressionThreshold: number | null;
  disclosure: {
    perturbed: boolean;
    maxNoise: number | null;
    variance: number | null;
    threshold: number | null;
    smallestPublishedValue: number | null;
  };
  columns: { dimension: string | null; code: string; label: string }[];
  rows: { categories: { dimension: string; code: string; label: string }[]; cells: Value[]; total: Value }[];
  columnTotals: Value[];
  grandTotal: Value;
}

const VALUE = 'value suppressed reason';
const REACH = `query Reach($by: [ReachDimension!]!, $filter: ReachFilter, $at: Date, $areaLevel: AdminLevel, $ageBrackets: [Int!]) {
  reach(by: $by, filter: $filter, at: $at, areaLevel: $areaLevel, ageBrackets: $ageBrackets) {
    dimensions rowDimensions columnDimension unit additive suppressionThreshold
    disclosure { perturbed maxNoise variance threshold smallestPublishedValue }
    columns { dimension code label }
    rows { categories { dimension code label } cells { ${VALUE} } total { ${VALUE} } }
    columnTotals { ${VALUE} }
    grandTotal { ${VALUE} }
  }
}`;

let gw: TestGateway;
let fixture: FiguresFixture;
beforeAll(async () => {
  gw = await createTestGateway();
  fixture = await seedFigures(gw);
}, 120_000);
afterAll(async () => {
  await gw.close();
});

async function reach(
  variables: Record<string, unknown>,
  options: { apiKey?: string; headers?: Record<string, string> } = {},
): Promise<Table> {
  const result = await gw.graphql<{ reach: Table }>(REACH, { variables, ...options });
  expect(result.errors).toBeUndefined();
  return result.data!.reach;
}

const cellOf = (table: Table, rowCode: string, columnCode: string): Value =>
  table.rows.find((row) => row.categories[0]!.code === rowCode)!.cells[
    table.columns.findIndex((c) => c.code === columnCode)
  ]!;

describe('reach', () => {
  const byGroupAndSex = { by: ['POPULATION_GROUP', 'SEX'] };

  it('gives ADMIN exact figures: the cell of 2 and distinct-people totals', async () => {
    const table = await reach(byGroupAndSex, { apiKey: fixture.keys.ADMIN });
    expect(table.suppressionThreshold).toBeNull();
    expect(table.disclosure).toEqual({
      perturbed: false,
      maxNoise: null,
      variance: null,
      threshold: null,
      smallestPublishedValue: null,
    });
    expect(table.rowDimensions).toEqual(['POPULATION_GROUP']);
    expect(table.columnDimension).toBe('SEX');
    expect(table.columns.map((column) => column.code)).toEqual(['female', 'male']);
    expect(cellOf(table, 'idp', 'female')).toEqual({ value: 2, suppressed: false, reason: null });
    for (const [group, bySex] of Object.entries(PEOPLE_BY_GROUP_AND_SEX)) {
      expect(cellOf(table, group, 'male').value).toBe(bySex.male);
    }
    expect(table.grandTotal.value).toBe(fixture.people);
    expect(table.rows.map((row) => row.total.value)).toEqual([11, 15, 17]);
  });

  it('perturbs every cell and total for PUBLIC: never 1 to k - 1, 0 stays 0, within maxNoise, and states the rules', async () => {
    const exact = await reach(byGroupAndSex, { apiKey: fixture.keys.ADMIN });
    const table = await reach({ ...byGroupAndSex, filter: { to: '2024-03-31' } });
    const k = gw.config.SUPPRESSION_K;
    expect(table.disclosure).toEqual({
      perturbed: true,
      maxNoise: gw.config.DISCLOSURE_MAX_NOISE,
      variance: gw.config.DISCLOSURE_VARIANCE,
      threshold: k - 1,
      smallestPublishedValue: k,
    });
    expect(table.suppressionThreshold).toBe(k);
    // Every category is listed, whatever the data holds (the shape depends on the question alone).
    expect(table.columns.map((column) => column.code)).toEqual(['female', 'male', 'not_recorded']);
    expect(table.rows.map((row) => row.categories[0]!.code)).toEqual([
      'idp',
      'returnee',
      'host_community',
      'refugee',
      'other',
      'not_recorded',
    ]);
    const exactValue = (group: string, sex: string) =>
      exact.rows.find((row) => row.categories[0]!.code === group)?.cells[exact.columns.findIndex((c) => c.code === sex)]
        ?.value ?? 0;
    for (const row of table.rows) {
      row.cells.forEach((cell, c) => {
        const truth = exactValue(row.categories[0]!.code, table.columns[c]!.code);
        expect(cell.suppressed).toBe(false);
        expect(cell.value === 0 || cell.value! >= k).toBe(true);
        if (truth === 0) expect(cell.value).toBe(0);
        expect(Math.abs(cell.value! - truth)).toBeLessThanOrEqual(gw.config.DISCLOSURE_MAX_NOISE);
      });
    }
    expect(Math.abs(table.grandTotal.value! - fixture.people)).toBeLessThanOrEqual(gw.config.DISCLOSURE_MAX_NOISE);
  });

  it('gives the same cell the same value through three differently shaped queries, and to PARTNER and other centres’ staff', async () => {
    const window = { to: '2024-03-31' };
    const byGroupSex = await reach({ by: ['POPULATION_GROUP', 'SEX'], filter: window });
    const bySexGroup = await reach({ by: ['SEX', 'POPULATION_GROUP'], filter: window });
    const filtered = await reach({ by: [], filter: { ...window, populationGroup: 'RETURNEE', sex: 'MALE' } });
    const one = cellOf(byGroupSex, 'returnee', 'male').value;
    expect(cellOf(bySexGroup, 'male', 'returnee').value).toBe(one);
    expect(filtered.grandTotal.value).toBe(one);
    expect(await reach({ by: ['POPULATION_GROUP', 'SEX'], filter: window }, { apiKey: fixture.keys.PARTNER })).toEqual(
      byGroupSex,
    );
    // CENTRE_STAFF without their centre in the filter count every centre's deliveries: protected.
    expect(
      await reach({ by: ['POPULATION_GROUP', 'SEX'], filter: window }, { apiKey: fixture.keys.CENTRE_STAFF }),
    ).toEqual(byGroupSex);
  });

  it('shows CENTRE_STAFF exact figures of their own centre', async () => {
    const own = await reach(
      { ...byGroupAndSex, filter: { centreId: fixture.centreId } },
      { apiKey: fixture.keys.CENTRE_STAFF },
    );
    expect(own.disclosure.perturbed).toBe(false);
    expect(cellOf(own, 'idp', 'female').value).toBe(2);
  });

  it('bounds the questions of protected viewers, on the arguments alone', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ by: [], filter: { from: '2024-03-10' } }, 'filter.from'],
      [{ by: [], filter: { to: '2024-03-10' } }, 'filter.to'],
      [{ by: [], filter: { to: '2999-12-31' } }, 'filter.to'],
      [{ by: ['AGE_BRACKET'], at: '2024-03-10' }, 'at'],
      [{ by: ['AREA'], areaLevel: 'SUBDISTRICT' }, 'areaLevel'],
      [{ by: [], filter: { areaPcode: 'IQG10Q05N02' } }, 'filter.areaPcode'],
      [{ by: ['AGE_BRACKET'], ageBrackets: [0, 15, 30] }, 'ageBrackets'],
    ];
    for (const [variables, field] of cases) {
      const result = await gw.graphql(REACH, { variables });
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    // The same arguments are fine for ADMIN.
    expect(
      (await gw.graphql(REACH, { variables: { by: [], filter: { from: '2024-03-10' } }, apiKey: fixture.keys.ADMIN }))
        .errors,
    ).toBeUndefined();
  });

  it('counts a person in two cells once in the total (unique reach), and repeats once', async () => {
    const table = await reach({ by: ['SERVICE_TYPE'] }, { apiKey: fixture.keys.ADMIN });
    expect(table.additive).toBe(false);
    expect(table.rows.map((row) => [row.categories[0]!.code, row.cells[0]!.value])).toEqual([
      ['legal_counselling', fixture.people],
      ['vocational_training', 10],
    ]);
    expect(table.grandTotal.value).toBe(fixture.people);
    expect(table.columns).toEqual([{ dimension: null, code: 'total', label: 'Total' }]);
  });

  it('labels every category in Arabic for Accept-Language: ar', async () => {
    const ar = createTranslator('ar');
    const table = await reach(
      { by: ['AREA', 'POPULATION_GROUP', 'AGE_BRACKET'], at: '2024-12-31' },
      { apiKey: fixture.keys.ADMIN, headers: { 'accept-language': 'ar' } },
    );
    const areas = table.rows.map((row) => row.categories[0]!);
    expect(areas[0]).toEqual({ dimension: 'AREA', code: 'IQG10', label: 'ديالى' });
    expect(table.rows.map((row) => row.categories[1]!.label)).toContain(ar.vocabularyLabel('populationGroups', 'idp'));
    expect(table.columns.map((column) => column.code)).toEqual(['6-17', '18-59', 'not_recorded']);
    expect(table.columns.map((column) => column.label)).toEqual([
      ar.ageBracketLabel({ minAge: 6, maxAge: 17 }),
      ar.ageBracketLabel({ minAge: 18, maxAge: 59 }),
      ar.vocabularyLabel('sexes', 'not_recorded'),
    ]);
    for (const label of [...table.columns, ...table.rows.flatMap((row) => row.categories)].map((c) => c.label)) {
      expect(label).toMatch(/[\u0600-\u06FF]/);
    }
    const sexes = await reach({ by: ['SEX'] }, { headers: { 'accept-language': 'ar' } });
    // PUBLIC gets every category, those nobody is in included.
    expect(sexes.rows.map((row) => row.categories[0]!.label)).toEqual(
      ['female', 'male', 'not_recorded'].map((code) => ar.vocabularyLabel('sexes', code)),
    );
    expect(sexes.columns[0]!.label).toBe('المجموع');
  });

  it('breaks reach down by disability (Washington Group cut-off), labelled in en, ar and ckb, perturbed for PUBLIC', async () => {
    const people = Array.from({ length: fixture.people }, (_, n) => washingtonGroupAnswersOf(n));
    const expected = {
      with_disability: people.filter((answers) => answers['disabilityWalking'] === 'a_lot_of_difficulty').length,
      without_disability: people.filter((answers) => answers['disabilityWalking'] === 'no_difficulty').length,
      not_recorded: people.filter((answers) => answers['disabilityWalking'] === undefined).length,
    };
    const table = await reach({ by: ['DISABILITY_STATUS'] }, { apiKey: fixture.keys.ADMIN });
    expect(table.dimensions).toEqual(['DISABILITY_STATUS']);
    expect(table.rows.map((row) => [row.categories[0]!.code, row.cells[0]!.value])).toEqual(Object.entries(expected));
    expect(table.grandTotal.value).toBe(fixture.people);
    for (const locale of ['en', 'ar', 'ckb'] as const) {
      const labelled = await reach(
        { by: ['SEX', 'DISABILITY_STATUS'] },
        { apiKey: fixture.keys.ADMIN, headers: { 'accept-language': locale } },
      );
      const i18n = createTranslator(locale);
      expect(labelled.columns.map((column) => [column.dimension, column.label])).toEqual(
        Object.keys(expected).map((code) => ['DISABILITY_STATUS', i18n.vocabularyLabel('disabilityStatuses', code)]),
      );
    }
    const published = await reach({ by: ['DISABILITY_STATUS'] });
    expect(published.disclosure.perturbed).toBe(true);
    expect(published.rows.map((row) => row.categories[0]!.code)).toEqual(Object.keys(expected));
    for (const value of published.rows.map((row) => row.cells[0]!.value))
      expect(value === null || value === 0 || value >= published.disclosure.threshold! + 1).toBe(true);
  });

  it('rolls areas up to the level asked, and filters by area prefix', async () => {
    const table = await reach({ by: ['AREA'], areaLevel: 'DISTRICT' }, { apiKey: fixture.keys.ADMIN });
    expect(table.rows.map((row) => [row.categories[0]!.code, row.total.value])).toEqual([
      ['IQG10Q01', 21],
      ['IQG10Q05', 22],
    ]);
    const khanaqin = await reach({ by: [], filter: { areaPcode: 'iqg10q05' } }, { apiKey: fixture.keys.ADMIN });
    expect(khanaqin.grandTotal.value).toBe(22);
  });

  it('uses custom age brackets, ages on `at`', async () => {
    const table = await reach(
      { by: ['AGE_BRACKET'], at: '2024-12-31', ageBrackets: [0, 15, 30] },
      { apiKey: fixture.keys.ADMIN },
    );
    expect(table.rows.map((row) => row.categories[0]!.code)).toEqual(['0-14', '30+', 'not_recorded']);
  });

  it('never shows PUBLIC a small total: a total of 2 is published as 0 or 5', async () => {
    const table = await reach({ by: [], filter: { populationGroup: 'IDP', sex: 'FEMALE' } });
    expect([0, 5]).toContain(table.grandTotal.value);
  });

  it('refuses bad arguments naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ by: ['SEX', 'SEX'] }, 'by'],
      [{ by: ['SEX'], filter: { areaPcode: 'IQG99' } }, 'filter.areaPcode'],
      [{ by: ['SEX'], filter: { centreId: 'CRC-FIG' } }, 'filter.centreId'],
      [{ by: ['AGE_BRACKET'], ageBrackets: [5, 18] }, 'ageBrackets'],
      [{ by: ['SEX', 'AGE_BRACKET', 'AREA', 'SECTOR', 'SERVICE_TYPE'] }, 'by'],
    ];
    for (const [variables, field] of cases) {
      const result = await gw.graphql(REACH, { variables, apiKey: fixture.keys.ADMIN });
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('answers every refusal in one shape: the field first, then each issue with its field, rule and message', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ by: ['SEX', 'SEX'] }, 'by', 'repeated_dimension'],
      [{ by: ['SEX'], filter: { areaPcode: 'IQG99' } }, 'filter.areaPcode', 'unknown_area'],
      [{ by: ['SEX'], filter: { centreId: 'CRC-FIG' } }, 'filter.centreId', 'not_an_id'],
      [{ by: ['AGE_BRACKET'], ageBrackets: [5, 18] }, 'ageBrackets', 'age_brackets'],
      [{ by: ['SEX', 'AGE_BRACKET', 'AREA', 'SECTOR', 'SERVICE_TYPE'] }, 'by', 'too_big'],
      [{ by: [], unit: 'DELIVERIES' }, 'unit', 'not_a_people_count'],
    ];
    const query = REACH.replace('$ageBrackets: [Int!])', '$ageBrackets: [Int!], $unit: FigureUnit)').replace(
      'ageBrackets: $ageBrackets)',
      'ageBrackets: $ageBrackets, unit: $unit)',
    );
    for (const [variables, field, code] of cases) {
      const result = await gw.graphql(query, { variables, apiKey: fixture.keys.ADMIN });
      const error = result.errors?.[0];
      expect(error?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        issues: [{ field, code }],
      });
      const [issue] = error?.extensions?.['issues'] as { message: string; label: string }[];
      expect(issue?.message.length).toBeGreaterThan(0);
      expect(error?.message).toBe(issue?.message);
    }
  });

  it('answers a table whose `at` precedes birth dates: those people are counted under not_recorded, no error', async () => {
    const early = await reach({ by: ['AGE_BRACKET'], at: '1900-01-01' }, { apiKey: fixture.keys.ADMIN });
    const all = await reach({ by: [] }, { apiKey: fixture.keys.ADMIN });
    expect(early.rows.map((row) => row.categories[0]!.code)).toEqual(['not_recorded']);
    expect(early.grandTotal.value).toBe(all.grandTotal.value);
  });

  it('filters by centre global id or UUID and by service type', async () => {
    const vocational = await reach(
      { by: [], filter: { centreId: fixture.centreId, serviceType: 'VOCATIONAL_TRAINING' } },
      { apiKey: fixture.keys.ADMIN },
    );
    expect(vocational.grandTotal.value).toBe(10);
  });
});
