import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('khanaqin', 'khanaqin', 2)).toBe(0);
    expect(editDistance('khanaqin', 'khanaqim', 2)).toBe(1);
    expect(editDistance('khanaqin', 'khanaqn', 2)).toBe(1);
    expect(editDistance('khanaqin', 'khanaqinn', 2)).toBe(1);
    expect(editDistance('khanaqin', 'khanaiqn', 2)).toBe(1);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(editDistance('mosul', 'kirkuk', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
