import { describe, expect, it } from 'vitest';
import { allAreas } from './all-areas';
import { areasAtLevel, governorates } from './areas-at-level';
import { getArea } from './get-area';
import { PCODE_PATTERN } from './pcode';

describe('reference geography data', () => {
  it('has 18 governorates, 101 districts and 294 sub-districts', () => {
    expect(governorates()).toHaveLength(18);
    expect(areasAtLevel('district')).toHaveLength(101);
    expect(areasAtLevel('subdistrict')).toHaveLength(294);
    expect(allAreas()).toHaveLength(413);
  });

  it('gives every area a valid, unique p-code whose parent exists one level up', () => {
    const pcodes = new Set(allAreas().map((a) => a.pcode));
    expect(pcodes.size).toBe(413);
    for (const area of allAreas()) {
      expect(area.pcode).toMatch(PCODE_PATTERN);
      if (area.level === 'governorate') {
        expect(area.parentPcode).toBeNull();
      } else {
        const parent = getArea(area.parentPcode ?? '');
        expect(parent?.level).toBe(area.level === 'district' ? 'governorate' : 'district');
      }
    }
  });

  it('gives every area English and Arabic names and a centroid inside Iraq', () => {
    for (const area of allAreas()) {
      expect(area.names.en.trim()).not.toBe('');
      expect(area.names.ar).toMatch(/[\u0600-\u06FF]/);
      expect(area.centroid.lat).toBeGreaterThan(29);
      expect(area.centroid.lat).toBeLessThan(38);
      expect(area.centroid.lon).toBeGreaterThan(38);
      expect(area.centroid.lon).toBeLessThan(49);
    }
  });

  it('gives governorates ISO 3166-2 codes and unreviewed Sorani names, and nothing else', () => {
    for (const area of governorates()) {
      expect(area.isoCode).toMatch(/^IQ-[A-Z]{2}$/);
      expect(area.names.ckb).toMatch(/[\u0600-\u06FF]/);
      expect(area.ckbUnreviewed).toBe(true);
    }
    expect(new Set(governorates().map((a) => a.isoCode)).size).toBe(18);
    for (const area of allAreas().filter((a) => a.level !== 'governorate')) {
      expect(area.isoCode).toBeNull();
      expect(area.names.ckb).toBeNull();
      expect(area.ckbUnreviewed).toBe(false);
    }
    expect(getArea('IQG10')).toMatchObject({ isoCode: 'IQ-DI', names: { en: 'Diyala', ar: 'ديالى', ckb: 'دیالە' } });
    expect(getArea('IQG16')?.isoCode).toBe('IQ-SD');
  });

  it('ships the corrected Arabic name of Baladruz (the source says مندلي, its sub-district)', () => {
    expect(getArea('IQG10Q03')?.names.ar).toBe('بلدروز');
    expect(getArea('IQG10Q03N01')?.names.ar).toBe('مندلي');
  });

  it('is frozen, so shared objects cannot be changed by a caller', () => {
    const diyala = getArea('IQG10');
    expect(Object.isFrozen(diyala)).toBe(true);
    expect(Object.isFrozen(diyala?.names)).toBe(true);
    expect(Object.isFrozen(allAreas())).toBe(true);
  });
});
