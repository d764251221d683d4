import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicator-progress';

const year = { start: '2024-01-01', end: '2024-12-31' };
const q = (n: 1 | 2 | 3 | 4) =>
  ({
    1: { start: '2024-01-01', end: '2024-03-31' },
    2: { start: '2024-04-01', end: '2024-06-30' },
    3: { start: '2024-07-01', end: '2024-09-30' },
    4: { start: '2024-10-01', end: '2024-12-31' },
  })[n];

describe('indicatorProgress', () => {
  it('sums the values reported inside the period against the target, with the unit', () => {
    const progress = indicatorProgress(
      { unit: 'individuals', targets: [{ period: year, value: 2000 }] },
      [
        { period: q(1), value: 400 },
        { period: q(2), value: 700 },
        { period: { start: '2023-10-01', end: '2024-01-31' }, value: 999 }, // only partly inside: left out
      ],
      year,
    );
    expect(progress).toMatchObject({
      unit: 'individuals',
      actual: 1100,
      target: 2000,
      percentAchieved: 55,
      valuesCounted: 2,
    });
  });

  it('adds up quarterly targets when no target is set for the whole period, and allows over-achievement', () => {
    const progress = indicatorProgress(
      { unit: 'households', targets: [1, 2, 3, 4].map((n) => ({ period: q(n as 1), value: 50 })) },
      [{ period: q(1), value: 260 }],
      year,
    );
    expect(progress).toMatchObject({ unit: 'households', target: 200, actual: 260, percentAchieved: 130 });
  });

  it('takes the latest value of a percentage rather than adding rates', () => {
    const progress = indicatorProgress(
      { unit: 'percent', targets: [{ period: year, value: 80 }] },
      [
        { period: q(2), value: 60 },
        { period: q(1), value: 40 },
      ],
      year,
    );
    expect(progress).toMatchObject({ actual: 60, percentAchieved: 75, aggregation: 'latest' });
  });

  it('sums money exactly as decimal strings and keeps the currency', () => {
    const progress = indicatorProgress(
      { unit: 'currency', currency: 'USD', targets: [{ period: year, value: '0.30' }] },
      [
        { period: q(1), value: '0.10' },
        { period: q(2), value: '0.2' },
      ],
      year,
    );
    expect(progress).toMatchObject({ unit: 'currency', currency: 'USD', actual: '0.30', percentAchieved: 100 });
  });

  it('has no percentage without a target, with a zero target, or without values', () => {
    expect(
      indicatorProgress({ unit: 'count', targets: [] }, [{ period: q(1), value: 3 }], year).percentAchieved,
    ).toBeNull();
    expect(
      indicatorProgress({ unit: 'count', targets: [{ period: year, value: 0 }] }, [{ period: q(1), value: 3 }], year)
        .percentAchieved,
    ).toBeNull();
    const nothing = indicatorProgress({ unit: 'count', targets: [{ period: year, value: 10 }] }, [], year);
    expect(nothing).toMatchObject({ actual: null, percentAchieved: null, valuesCounted: 0 });
  });

  it('refuses a figure that does not fit the unit', () => {
    expect(() => indicatorProgress({ unit: 'currency', targets: [{ period: year, value: 10 }] }, [], year)).toThrow(
      /does not fit the unit currency/,
    );
  });
});
