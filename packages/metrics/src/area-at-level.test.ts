import { describe, expect, it } from 'vitest';
import { areaAtLevel } from './area-at-level';
import { NOT_RECORDED } from './dimension';

describe('areaAtLevel', () => {
  it('rolls a sub-district up to its district and governorate', () => {
    expect(areaAtLevel('IQG10Q05N01', 'subdistrict')).toBe('IQG10Q05N01');
    expect(areaAtLevel('IQG10Q05N01', 'district')).toBe('IQG10Q05');
    expect(areaAtLevel('iqg10q05n01', 'governorate')).toBe('IQG10');
  });

  it('cannot place a coarser area at a finer level', () => {
    expect(areaAtLevel('IQG10', 'district')).toBe(NOT_RECORDED);
  });
});
