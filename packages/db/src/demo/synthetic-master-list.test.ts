import { describe, expect, it } from 'vitest';
import { generateSyntheticMasterList } from './synthetic-master-list';

describe('generateSyntheticMasterList', () => {
  it('has the size of the real IDP list by default: 3,000 locations over 20 rounds, some not assessed', () => {
    const rows = generateSyntheticMasterList();
    const locations = new Set(rows.map((row) => row.locationKey));
    const rounds = [...new Set(rows.map((row) => row.round))].sort((a, b) => a - b);
    expect(locations.size).toBe(3000);
    expect(rounds).toEqual(Array.from({ length: 20 }, (_, i) => 106 + i));
    const locationRounds = new Set(rows.map((row) => `${row.locationKey}|${row.round}`)).size;
    // about 4 % of location-rounds are missing (not zero)
    expect(locationRounds / (3000 * 20)).toBeGreaterThan(0.94);
    expect(locationRounds / (3000 * 20)).toBeLessThan(0.98);
    expect(rows.every((row) => row.households <= row.individuals && row.individuals >= 0)).toBe(true);
    expect(rows.every((row) => row.sourceRef.startsWith('Illustrative'))).toBe(true);
  });

  it('is deterministic and keeps to the chosen governorates, covering each sub-district', () => {
    const options = { governorates: ['IQG10'], locations: 12, rounds: 3, seed: 5 };
    const rows = generateSyntheticMasterList(options);
    expect(generateSyntheticMasterList(options)).toEqual(rows);
    expect(rows.every((row) => row.areaPcode.startsWith('IQG10'))).toBe(true);
    expect(new Set(rows.map((row) => row.areaPcode)).size).toBeGreaterThanOrEqual(12);
    expect(generateSyntheticMasterList({ ...options, seed: 6 })).not.toEqual(rows);
  });
});
