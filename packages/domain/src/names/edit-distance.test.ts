import { describe, expect, it } from 'vitest';
import { editDistance, editSimilarity } from './edit-distance';

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

describe('editDistance without a bound', () => {
  it('is the full distance, over code points', () => {
    expect(editDistance('mosul', 'kirkuk')).toBe(5);
    expect(editDistance('كركوك', 'كهركووك')).toBe(2);
    expect(editDistance('', '')).toBe(0);
  });
});

describe('editSimilarity', () => {
  it('is 1 - distance / longer length, 1 for two empty strings', () => {
    expect(editSimilarity('khanaqin', 'khanaqin')).toBe(1);
    expect(editSimilarity('khanaqin', 'khanaiqn')).toBe(1 - 1 / 8);
    expect(editSimilarity('', '')).toBe(1);
    expect(editSimilarity('abc', '')).toBe(0);
  });
});
