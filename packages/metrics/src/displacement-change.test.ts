import { describe, expect, it } from 'vitest';
import { displacementChange, returnRatio } from './displacement-change';

describe('displacementChange', () => {
  it('gives the absolute and percent change from the earlier round', () => {
    expect(displacementChange(1200, 900)).toEqual({ absolute: -300, percent: -25 });
    expect(displacementChange(400, 500)).toEqual({ absolute: 100, percent: 25 });
    expect(displacementChange(10, 10)).toEqual({ absolute: 0, percent: 0 });
  });

  it('has no percent change from zero, and no change at all when a round is missing', () => {
    expect(displacementChange(0, 40)).toEqual({ absolute: 40, percent: null });
    expect(displacementChange(null, 40)).toEqual({ absolute: null, percent: null });
    expect(displacementChange(40, null)).toEqual({ absolute: null, percent: null });
  });

  it('refuses figures that are not counts', () => {
    expect(() => displacementChange(-1, 2)).toThrow(/previous must be a non-negative whole number/);
    expect(() => displacementChange(1, 2.5)).toThrow(/current/);
  });
});

describe('returnRatio', () => {
  it('is returnees over returnees plus IDPs', () => {
    expect(returnRatio({ returnees: 300, idps: 100 })).toBe(0.75);
    expect(returnRatio({ returnees: 0, idps: 100 })).toBe(0);
  });

  it('is missing when a figure is missing or nobody is counted', () => {
    expect(returnRatio({ returnees: null, idps: 100 })).toBeNull();
    expect(returnRatio({ returnees: 0, idps: 0 })).toBeNull();
  });
});
