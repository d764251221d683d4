import { describe, expect, it } from 'vitest';
import { IDS } from './fixtures.test-data';
import { formatIssues } from './format-issues';
import { IndicatorCreateSchema } from './indicator';
import { indicatorValueCreateSchemaFor, IndicatorValueCreateSchema } from './indicator-value';

const trained = {
  code: 'CRP6-HC-01',
  name: 'People who completed vocational training',
  unit: 'individuals',
  programmeId: IDS.a,
  baseline: { value: 0, measuredOn: '2017-12-31' },
  targets: [
    { period: { start: '2018-01-01', end: '2018-03-31' }, value: 150 },
    { period: { start: '2018-04-01', end: '2018-06-30' }, value: 300 },
  ],
};
const fields = (input: object) =>
  formatIssues(IndicatorCreateSchema.safeParse(input).error ?? { issues: [] }).map((issue) => issue.field);

describe('IndicatorCreateSchema', () => {
  it('accepts an indicator with targets per period', () => {
    expect(IndicatorCreateSchema.parse(trained).targets).toHaveLength(2);
    expect(IndicatorCreateSchema.parse({ ...trained, targets: undefined }).targets).toEqual([]);
  });

  it('checks every figure against the unit', () => {
    expect(fields({ ...trained, targets: [{ period: trained.targets[0]!.period, value: 150.5 }] })).toEqual([
      'targets.0.value',
    ]);
    expect(
      fields({ ...trained, unit: 'percent', targets: [{ period: trained.targets[0]!.period, value: 120 }] }),
    ).toEqual(['targets.0.value']);
    expect(
      fields({ ...trained, unit: 'currency', currency: 'USD', baseline: { value: '0.00', measuredOn: '2017-12-31' } }),
    ).toEqual(['targets.0.value', 'targets.1.value']);
  });

  it('needs a currency for money indicators only, and an owner', () => {
    expect(fields({ ...trained, unit: 'currency', baseline: undefined, targets: [] })).toEqual(['currency']);
    expect(fields({ ...trained, currency: 'USD' })).toEqual(['currency']);
    expect(fields({ ...trained, programmeId: undefined })).toEqual(['programmeId']);
  });

  it('rejects overlapping target periods and periods ending before they start', () => {
    expect(
      fields({
        ...trained,
        targets: [trained.targets[0], { period: { start: '2018-03-01', end: '2018-06-30' }, value: 1 }],
      }),
    ).toEqual(['targets.1.period']);
    expect(fields({ ...trained, targets: [{ period: { start: '2018-03-01', end: '2018-01-01' }, value: 1 }] })).toEqual(
      ['targets.0.period.end'],
    );
  });
});

describe('indicator values', () => {
  const q1 = {
    indicatorId: IDS.b,
    period: { start: '2018-01-01', end: '2018-03-31' },
    value: 168,
    reportedOn: '2018-04-10',
  };

  it('accept a reported value and check it against the unit when known', () => {
    expect(IndicatorValueCreateSchema.parse(q1).value).toBe(168);
    expect(indicatorValueCreateSchemaFor('individuals').safeParse({ ...q1, value: 16.8 }).success).toBe(false);
    expect(indicatorValueCreateSchemaFor('currency').safeParse({ ...q1, value: '1500.00' }).success).toBe(true);
    expect(indicatorValueCreateSchemaFor('currency').safeParse({ ...q1, value: 1500 }).success).toBe(false);
  });

  it('rejects negative values and future report dates', () => {
    const issues = formatIssues(
      IndicatorValueCreateSchema.safeParse({ ...q1, value: -1, reportedOn: '2999-01-01' }).error!,
    );
    expect(issues.map((issue) => issue.field)).toEqual(['value', 'reportedOn']);
  });
});
