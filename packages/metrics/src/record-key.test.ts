import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKeyOf, drawRecordKey, RECORD_KEY_RESOLUTION } from './record-key';

const recordKey = fc.integer({ min: 0, max: RECORD_KEY_RESOLUTION - 1 }).map((step) => step / RECORD_KEY_RESOLUTION);

describe('record keys and cell keys', () => {
  it('draws keys in [0, 1) on the 2^-32 grid', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
        const key = drawRecordKey(() => u);
        expect(key).toBeGreaterThanOrEqual(0);
        expect(key).toBeLessThan(1);
        expect(Number.isInteger(key * RECORD_KEY_RESOLUTION)).toBe(true);
      }),
    );
  });

  it('gives a cell key that is the fractional part of the sum, in any order', () => {
    fc.assert(
      fc.property(fc.array(recordKey, { maxLength: 200 }), fc.integer(), (keys, seed) => {
        const exact =
          keys.reduce((sum, key) => sum + BigInt(key * RECORD_KEY_RESOLUTION), 0n) % BigInt(RECORD_KEY_RESOLUTION);
        const shuffled = [...keys].sort((a, b) => ((a * 7919 + seed) % 1) - ((b * 7919 + seed) % 1));
        expect(cellKeyOf(keys)).toBe(Number(exact) / RECORD_KEY_RESOLUTION);
        expect(cellKeyOf(shuffled)).toBe(cellKeyOf(keys));
        expect(cellKeyOf(keys)).toBeLessThan(1);
      }),
    );
    expect(cellKeyOf([0.75, 0.5])).toBe(0.25);
    expect(cellKeyOf([])).toBe(0);
  });

  it('refuses keys outside [0, 1) or off the grid', () => {
    expect(() => cellKeyOf([1])).toThrow(/record key must be in \[0, 1\)/);
    expect(() => cellKeyOf([0.1])).toThrow(/multiple of 2\^-32/);
  });
});
