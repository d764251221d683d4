import { describe, expect, it } from 'vitest';
import { areasAtLevel, governorates } from './areas-at-level';
import { allAreas } from './all-areas';
import { ancestorsOf, childrenOf, governorateOf, isWithin } from './hierarchy';
import { UnknownAreaError } from './unknown-area-error';

const pcodes = (areas: readonly { pcode: string }[]): string[] => areas.map((a) => a.pcode);

describe('governorates and areasAtLevel', () => {
  it('lists areas of one level in p-code order', () => {
    expect(pcodes(governorates())).toEqual(
      Array.from({ length: 18 }, (_, i) => `IQG${String(i + 1).padStart(2, '0')}`),
    );
    expect(areasAtLevel('district').every((a) => a.level === 'district')).toBe(true);
  });
});

describe('childrenOf', () => {
  it('lists the districts of a governorate and the sub-districts of a district', () => {
    expect(pcodes(childrenOf('IQG10'))).toEqual([
      'IQG10Q01',
      'IQG10Q02',
      'IQG10Q03',
      'IQG10Q04',
      'IQG10Q05',
      'IQG10Q06',
    ]);
    expect(childrenOf('iqg10q05').map((a) => a.names.en)).toContain('Jalawla');
    expect(childrenOf('IQG10Q05N04')).toEqual([]);
  });

  it('covers every area exactly once across all parents', () => {
    const children = [...governorates(), ...areasAtLevel('district')].flatMap((a) => childrenOf(a.pcode));
    expect(children).toHaveLength(101 + 294);
  });

  it('throws for an unknown p-code rather than answering "no children"', () => {
    expect(() => childrenOf('IQG99')).toThrow(UnknownAreaError);
  });
});

describe('ancestorsOf', () => {
  it('returns the enclosing areas top-down, without the area itself', () => {
    expect(pcodes(ancestorsOf('IQG10Q05N04'))).toEqual(['IQG10', 'IQG10Q05']);
    expect(pcodes(ancestorsOf('IQG10Q05'))).toEqual(['IQG10']);
    expect(ancestorsOf('IQG10')).toEqual([]);
  });

  it('throws for an unknown p-code', () => {
    expect(() => ancestorsOf('IQG10Q99')).toThrow(UnknownAreaError);
  });
});

describe('governorateOf', () => {
  it('finds the governorate of any area; a governorate is its own', () => {
    expect(governorateOf('IQG16Q03N01').pcode).toBe('IQG16');
    expect(governorateOf('IQG13Q01').pcode).toBe('IQG13');
    expect(governorateOf('IQG13').pcode).toBe('IQG13');
    for (const area of allAreas()) expect(governorateOf(area.pcode).level).toBe('governorate');
  });
});

describe('isWithin', () => {
  it('is true for strict descendants only', () => {
    expect(isWithin('IQG10Q05N04', 'IQG10')).toBe(true);
    expect(isWithin('IQG10Q05N04', 'iqg10q05')).toBe(true);
    expect(isWithin('IQG10Q05', 'IQG10')).toBe(true);
    expect(isWithin('IQG10', 'IQG10')).toBe(false);
    expect(isWithin('IQG10', 'IQG10Q05')).toBe(false);
    expect(isWithin('IQG11Q01', 'IQG01')).toBe(false);
  });

  it('is false, not an error, when either p-code is unknown', () => {
    expect(isWithin('IQG99Q01', 'IQG99')).toBe(false);
    expect(isWithin('IQG10Q05', 'nowhere')).toBe(false);
  });
});
