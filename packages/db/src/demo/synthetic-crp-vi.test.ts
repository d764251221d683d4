import { describe, expect, it } from 'vitest';
import { randomFor } from './random';
import { splitTotal } from './synthetic-crp-vi';

describe('splitTotal', () => {
  it('splits a published total into positive parts that add up to it exactly', () => {
    for (const [total, parts] of [
      [79_002, 5],
      [18_235, 2],
      [19_725, 19],
      [7, 7],
      [10, 3],
    ] as const) {
      const split = splitTotal(randomFor('split', total, parts), total, parts);
      expect(split).toHaveLength(parts);
      expect(split.reduce((a, b) => a + b, 0)).toBe(total);
      expect(split.every((part) => Number.isInteger(part) && part >= 1)).toBe(true);
    }
  });
});
