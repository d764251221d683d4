import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shares, shareUnits } from './shares';

describe('shares', () => {
  it('gives the extra unit to the largest remainder, earlier values first on ties', () => {
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([1, 1, 1], { decimals: 1 })).toEqual([33.4, 33.3, 33.3]);
    expect(shares([1, 2])).toEqual([33, 67]);
    // 12.5 / 37.5 / 50: the remainders .5 and .5 tie, the earlier value wins.
    expect(shares([1, 3, 4])).toEqual([13, 37, 50]);
  });

  it('does not round each share on its own (which would make 101 here)', () => {
    const rounded = [5, 5, 5].map((value) => Math.round((value / 15) * 100));
    expect(rounded.reduce((a, b) => a + b, 0)).toBe(99);
    expect(shares([5, 5, 5]).reduce((a, b) => a + b, 0)).toBe(100);
    const roundedUp = [1, 1, 1, 1, 1, 1, 1].map((value) => Math.round((value / 7) * 1000) / 10);
    expect(roundedUp.reduce((a, b) => a + b, 0)).not.toBe(100);
    expect(shareUnits([1, 1, 1, 1, 1, 1, 1], { decimals: 1 }).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('reads money as exact decimals', () => {
    expect(shares(['0.10', '0.20'], { decimals: 2 })).toEqual([33.33, 66.67]);
    expect(shares(['1500000.50', 1500000.5, 3000001n])).toEqual([25, 25, 50]);
    expect(shares([0.1, 0.2, 0.3], { decimals: 1 })).toEqual([16.7, 33.3, 50]);
  });

  it('gives all-zero input no shares (0 each, not an invented 100)', () => {
    expect(shares([0, 0, 0])).toEqual([0, 0, 0]);
    expect(shares([])).toEqual([]);
    expect(shares([0, 7, 0])).toEqual([0, 100, 0]);
  });

  it('refuses negative, non-finite and non-decimal values and bad precision', () => {
    expect(() => shares([1, -1])).toThrow(/values\[1\] must be a non-negative decimal/);
    expect(() => shares([Number.NaN])).toThrow(/finite/);
    expect(() => shares(['1,000'])).toThrow(/decimal/);
    expect(() => shares([1], { decimals: 1.5 })).toThrow(/decimals/);
    expect(() => shares([1], { decimals: 7 })).toThrow(/decimals/);
  });

  const positiveValues = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 });
  const values = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000_000 })), { maxLength: 30 });

  it('of any positive values adds to exactly 100 at 0 and 1 decimals', () => {
    fc.assert(
      fc.property(positiveValues, fc.constantFrom(0, 1), (input, decimals) => {
        const units = shareUnits(input, { decimals });
        expect(units.reduce((a, b) => a + b, 0)).toBe(100 * 10 ** decimals);
        // The displayed figures add to 100 too (floats rounded back to the precision).
        const percentages = shares(input, { decimals });
        const shown = percentages.reduce((sum, p) => sum + Math.round(p * 10 ** decimals), 0);
        expect(shown).toBe(100 * 10 ** decimals);
      }),
      { numRuns: 300 },
    );
  });

  it('always sums to 100 (or is all zero), stays within one unit of the exact share, and keeps order', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (input, decimals) => {
        const units = shareUnits(input, { decimals });
        const total = input.reduce((a, b) => a + BigInt(b), 0n);
        const target = 100n * 10n ** BigInt(decimals);
        const sum = units.reduce((a, b) => a + b, 0);
        expect(sum).toBe(total === 0n ? 0 : Number(target));
        input.forEach((value, index) => {
          if (total === 0n) return;
          const exactFloor = (BigInt(value) * target) / total;
          const unit = BigInt(units[index]!);
          expect(unit === exactFloor || unit === exactFloor + 1n).toBe(true);
          if (value === 0) expect(unit).toBe(0n);
        });
        for (let i = 0; i < input.length; i++) {
          for (let j = 0; j < input.length; j++) {
            if (input[i]! > input[j]!) expect(units[i]!).toBeGreaterThanOrEqual(units[j]!);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
