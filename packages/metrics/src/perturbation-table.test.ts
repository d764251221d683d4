import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERTURBATION_PARAMETERS,
  noiseFor,
  perturbationRowFor,
  perturbationTable,
  type PerturbationParameters,
} from './perturbation-table';

const parameters = fc
  .record({
    threshold: fc.integer({ min: 0, max: 6 }),
    extra: fc.integer({ min: 1, max: 4 }),
    variance: fc.double({ min: 0.25, max: 12, noNaN: true }),
  })
  .map(({ threshold, extra, variance }): PerturbationParameters => ({
    threshold,
    maxNoise: threshold + extra,
    variance,
  }));

describe('perturbationTable', () => {
  it('gives every count a distribution of allowed noises with mean 0 whose intervals cover [0, 1)', () => {
    fc.assert(
      fc.property(parameters, (params) => {
        const table = perturbationTable(params);
        expect(table.rows).toHaveLength(params.threshold + params.maxNoise + 2);
        for (const row of table.rows) {
          let lower = 0;
          let sum = 0;
          let mean = 0;
          for (const interval of row.noises) {
            expect(interval.lower).toBe(lower);
            expect(interval.upper).toBeGreaterThan(interval.lower);
            expect(Math.abs(interval.noise)).toBeLessThanOrEqual(params.maxNoise);
            const published = row.count + interval.noise;
            // Never a value from 1 to js, never negative.
            expect(published === 0 || published > params.threshold).toBe(true);
            lower = interval.upper;
            sum += interval.probability;
            mean += interval.probability * interval.noise;
          }
          expect(lower).toBe(1);
          expect(sum).toBeCloseTo(1, 12);
          // Zero by construction; the bound leaves room for floating-point error of the solver.
          expect(Math.abs(mean)).toBeLessThan(1e-6);
        }
      }),
    );
  });

  it('keeps zero at zero', () => {
    fc.assert(
      fc.property(parameters, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (params, key) => {
        expect(noiseFor(perturbationTable(params), 0, key)).toBe(0);
      }),
    );
  });

  it('reaches the asked variance where the allowed noises permit it, and the nearest variance otherwise', () => {
    fc.assert(
      fc.property(parameters, (params) => {
        const table = perturbationTable(params);
        const large = perturbationRowFor(table, 10_000);
        const reachable = Math.min(params.variance, params.maxNoise ** 2);
        expect(large.variance).toBeCloseTo(reachable, 6);
      }),
    );
  });

  it('uses its last row for every larger count', () => {
    const table = perturbationTable();
    expect(perturbationRowFor(table, 1_000_000)).toBe(table.rows[table.rows.length - 1]);
    expect(perturbationRowFor(table, 1_000_000).noises.map((n) => n.noise)).toEqual([
      -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5,
    ]);
  });

  it('has the documented default: D = 5, V = 3, js = 4', () => {
    const table = perturbationTable();
    expect(table.parameters).toEqual(DEFAULT_PERTURBATION_PARAMETERS);
    // A count of 1 is published as 0 or as at least 5: noise -1, 4 or 5.
    expect(perturbationRowFor(table, 1).noises.map((n) => n.noise)).toEqual([-1, 4]);
    expect(perturbationRowFor(table, 5).noises.map((n) => n.noise)).toContain(-5);
  });

  it('refuses parameters it cannot honour, naming them', () => {
    expect(() => perturbationTable({ maxNoise: 3, variance: 2, threshold: 4 })).toThrow(
      /maxNoise must be an integer of at least threshold \+ 1 = 5/,
    );
    expect(() => perturbationTable({ maxNoise: 5, variance: 0, threshold: 4 })).toThrow(
      /variance must be a positive number/,
    );
    expect(() => perturbationTable({ maxNoise: 5, variance: 1, threshold: -1 })).toThrow(
      /threshold must be a non-negative integer/,
    );
    expect(() => noiseFor(perturbationTable(), 3, 1)).toThrow(/cell key must be in \[0, 1\)/);
  });
});
