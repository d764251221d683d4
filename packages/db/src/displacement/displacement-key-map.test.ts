import type { DisplacementFigureCreate } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { DisplacementKeyMap } from './displacement-key-map';
import { displacementNaturalKey } from './displacement-natural-key';

const base: DisplacementFigureCreate = {
  source: 'dtm_master_list',
  areaPcode: 'IQG10Q05N02',
  adminLevel: 'subdistrict',
  location: { code: 'IQ-LOC-1', name: 'Location 1' },
  roundNumber: 120,
  reportingDate: '2021-03-31',
  populationGroup: 'idp',
  individuals: 100,
};

describe('DisplacementKeyMap', () => {
  it('finds a figure again exactly when displacementNaturalKey gives the same key', () => {
    // Each differs from the base in one part of the key, or in values outside it.
    const figures: DisplacementFigureCreate[] = [
      base,
      { ...base, source: 'manual' },
      { ...base, areaPcode: 'IQG10Q05', adminLevel: 'district' },
      { ...base, location: { code: 'IQ-LOC-2', name: 'Location 1' } },
      { ...base, location: { name: 'Location 1' } },
      { ...base, location: { name: 'IQ-LOC-1' } },
      { ...base, location: undefined },
      { ...base, roundNumber: 121 },
      { ...base, reportingDate: '2021-04-30' },
      { ...base, populationGroup: 'returnee' },
      { ...base, origin: 'IQG15' },
      { ...base, origin: 'unknown' },
      { ...base, displacementReason: 'Conflict' },
      { ...base, shelterType: 'Camp' },
      { ...base, shelterType: '' },
      { ...base, individuals: 200, households: 10, sourceReference: 'other.csv#row=2' },
    ];
    const keys = new DisplacementKeyMap<number>();
    const seen = new Map<string, number>();
    figures.forEach((figure, index) => {
      const key = displacementNaturalKey(figure);
      expect(keys.keepFirst(figure, index), JSON.stringify(figure)).toBe(seen.get(key));
      if (!seen.has(key)) seen.set(key, index);
    });
    expect(keys.keepFirst({ ...base, location: { code: 'IQ-LOC-1' } }, 99)).toBe(0);
  });
});
