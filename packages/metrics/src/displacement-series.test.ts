import { describe, expect, it } from 'vitest';
import { displacementSeries, type DisplacementObservation } from './displacement-series';

const figure = (
  areaPcode: string,
  roundNumber: number,
  populationGroup: 'idp' | 'returnee',
  individuals: number,
): DisplacementObservation => ({ areaPcode, roundNumber, populationGroup, individuals });

describe('displacementSeries', () => {
  const figures = [
    figure('IQG10Q05', 120, 'idp', 1000),
    figure('IQG10Q05', 120, 'returnee', 3000),
    figure('IQG10Q05', 122, 'idp', 800),
    figure('IQG10Q05', 122, 'returnee', 3400),
    figure('IQG10Q05', 123, 'idp', 0),
    figure('IQG10Q05', 123, 'returnee', 3500),
  ];

  it('shows a round with no figure as missing, not zero, and no change across the gap', () => {
    const [khanaqin] = displacementSeries(figures);
    expect(khanaqin!.areaPcode).toBe('IQG10Q05');
    expect(khanaqin!.points.map((point) => point.roundNumber)).toEqual([120, 121, 122, 123]);
    const [first, missing, afterGap, last] = khanaqin!.points;
    expect(first).toMatchObject({ idps: 1000, returnees: 3000, returnRatio: 0.75, idpChange: { absolute: null } });
    expect(missing).toMatchObject({ idps: null, returnees: null, returnRatio: null });
    expect(afterGap!.idpChange).toEqual({ absolute: null, percent: null });
    // A real zero is a zero: 800 -> 0 is a 100 % drop.
    expect(last).toMatchObject({ idps: 0, returnRatio: 1, idpChange: { absolute: -800, percent: -100 } });
    expect(last!.returneeChange.absolute).toBe(100);
  });

  it('shows exactly the rounds asked for', () => {
    const [series] = displacementSeries(figures, { rounds: [119, 123] });
    expect(series!.points.map((point) => [point.roundNumber, point.idps])).toEqual([
      [119, null],
      [123, 0],
    ]);
    expect(series!.points[1]!.idpChange.absolute).toBeNull(); // 119 was not assessed
  });

  it('rolls sub-areas up to a level and flags rounds where some sub-area did not report', () => {
    const series = displacementSeries(
      [
        figure('IQG10Q05', 1, 'idp', 100),
        figure('IQG10Q01', 1, 'idp', 50),
        figure('IQG10Q05', 2, 'idp', 90),
        figure('IQG13Q01', 1, 'idp', 10),
        figure('IQG13Q01', 2, 'idp', 10),
      ],
      { level: 'governorate' },
    );
    expect(series.map((entry) => entry.areaPcode)).toEqual(['IQG10', 'IQG13']);
    expect(series[0]!.points.map((point) => [point.idps, point.partial])).toEqual([
      [150, false],
      [90, true],
    ]);
    expect(series[1]!.points.every((point) => !point.partial)).toBe(true);
  });

  it('refuses duplicate figures for one area, round and group', () => {
    expect(() => displacementSeries([figure('IQG10', 1, 'idp', 5), figure('IQG10', 1, 'idp', 5)])).toThrow(
      /two idp figures for IQG10 in round 1/,
    );
  });
});
