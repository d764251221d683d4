import { describe, expect, it } from 'vitest';
import { allAreas } from './all-areas';
import { isCountryCode } from './country';
import { canonicalPcode, dtmPcodeOf, ochaPcodeFromDtm } from './dtm-pcode';
import { getArea } from './get-area';
import { PcodeSchema } from './pcode';
import { resolveArea } from './resolve/resolve-area';

describe('DTM p-codes (IRQ-Gxx[Qyy[Nzz]])', () => {
  const byLevel = (level: string) => allAreas().filter((area) => area.level === level);

  it('map every one of the 18 governorates, 101 districts and 294 sub-districts to its OCHA area and back', () => {
    expect([byLevel('governorate').length, byLevel('district').length, byLevel('subdistrict').length]).toEqual([
      18, 101, 294,
    ]);
    for (const area of allAreas()) {
      // Written out independently of dtmPcodeOf: DTM's prefix on OCHA's digits.
      const dtm = `IRQ-G${area.pcode.slice(3)}`;
      expect(ochaPcodeFromDtm(dtm)).toBe(area.pcode);
      expect(dtmPcodeOf(area.pcode)).toBe(dtm);
      expect(getArea(dtm)).toBe(area);
      expect(getArea(dtm.toLowerCase())).toBe(area);
      expect(PcodeSchema.parse(` ${dtm} `)).toBe(area.pcode);
      const [best] = resolveArea(dtm);
      expect(best).toMatchObject({ pcode: area.pcode, matchedBy: 'pcode', score: 1 });
    }
  });

  it('examples from the HDX "IOM DTM from API" layout', () => {
    expect(getArea('IRQ-G15')?.names.en).toBe('Ninewa');
    expect(getArea('IRQ-G10Q05')?.names.en).toBe('Khanaqin');
    expect(getArea('IRQ-G01Q01')?.pcode).toBe('IQG01Q01');
  });

  it('refuses what is not a p-code in either form, and unknown codes of the right shape', () => {
    for (const text of ['IRQ-G1', 'IRQ-G015', 'IRQ015', 'IRQ-G10Q5', 'IQ-G10', 'IRQ-G10X05', 'IRQ']) {
      expect(ochaPcodeFromDtm(text)).toBeUndefined();
      expect(PcodeSchema.safeParse(text).success).toBe(false);
    }
    expect(getArea('IRQ-G99')).toBeUndefined();
    expect(getArea('IRQ-G10Q99')).toBeUndefined();
    expect(canonicalPcode(' iqg10 ')).toBe('IQG10');
    expect(() => dtmPcodeOf('IRQ-G10')).toThrow(/not an OCHA p-code/);
  });

  it('knows the country codes of national rows', () => {
    for (const text of ['IRQ', 'IQ', 'Iraq', 'العراق']) expect(isCountryCode(text)).toBe(true);
    expect(isCountryCode('IRQ-G10')).toBe(false);
  });
});
