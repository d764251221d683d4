import { describe, expect, it } from 'vitest';
import { getArea, requireArea } from './get-area';
import { UnknownAreaError } from './unknown-area-error';

describe('getArea', () => {
  it('finds an area by p-code, ignoring case and surrounding spaces', () => {
    expect(getArea('IQG10Q05')?.names.en).toBe('Khanaqin');
    expect(getArea(' iqg10q05 ')?.pcode).toBe('IQG10Q05');
    expect(getArea('IQG10Q05N04')).toMatchObject({
      level: 'subdistrict',
      parentPcode: 'IQG10Q05',
      names: { en: 'Jalawla' },
    });
  });

  it('returns undefined for unknown or malformed p-codes', () => {
    expect(getArea('IQG99')).toBeUndefined();
    expect(getArea('Khanaqin')).toBeUndefined();
    expect(getArea('')).toBeUndefined();
  });
});

describe('requireArea', () => {
  it('returns the area when the p-code is known', () => {
    expect(requireArea('iqg15').names.en).toBe('Ninewa');
  });

  it('throws an UnknownAreaError naming the p-code when it is not', () => {
    expect(() => requireArea('IQG19')).toThrow(UnknownAreaError);
    expect(() => requireArea('IQG19')).toThrow(/Unknown area p-code "IQG19"/);
  });
});
