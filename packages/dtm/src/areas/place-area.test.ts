import { describe, expect, it } from 'vitest';
import { placeArea } from './place-area';
import { resolveAreaStrictly } from './resolve-area-strictly';

const code = (text: string) => ({ text, field: '#adm1+code' });
const name = (text: string) => ({ text, field: '#adm1+name' });

describe('placeArea: code and name together', () => {
  it('places by a known code, in OCHA or DTM form, when the name agrees or is absent', () => {
    expect(
      placeArea({ code: code('IRQ-G15'), name: name('Ninewa') }, 'governorate', undefined, resolveAreaStrictly),
    ).toMatchObject({ ok: true, by: 'code', area: { pcode: 'IQG15' } });
    expect(placeArea({ code: code('IQG10') }, 'governorate', undefined, resolveAreaStrictly)).toMatchObject({
      ok: true,
      by: 'code',
      area: { pcode: 'IQG10' },
    });
  });

  it('falls back to the name, strictly, when the code is unknown', () => {
    expect(
      placeArea({ code: code('IRQ015'), name: name('Ninewa') }, 'governorate', undefined, resolveAreaStrictly),
    ).toMatchObject({ ok: true, by: 'name', area: { pcode: 'IQG15' } });
    expect(
      placeArea({ code: code('IRQ-G99'), name: name('Salahal Din') }, 'governorate', undefined, resolveAreaStrictly),
    ).toMatchObject({ ok: true, by: 'name', area: { pcode: 'IQG16' } });
    const approximate = placeArea(
      { code: code('IRQ015'), name: name('Ninowa') },
      'governorate',
      undefined,
      resolveAreaStrictly,
    );
    expect(approximate).toMatchObject({
      ok: false,
      field: '#adm1+name',
      reason: expect.stringMatching(/no governorate named "Ninowa".*IRQ015/),
    });
  });

  it('refuses a row whose code and name disagree, saying both', () => {
    const result = placeArea(
      { code: code('IRQ-G15'), name: name('Diyala') },
      'governorate',
      undefined,
      resolveAreaStrictly,
    );
    expect(result).toEqual({
      ok: false,
      field: '#adm1+code / #adm1+name',
      value: 'IRQ-G15 / Diyala',
      reason: 'code IRQ-G15 is Ninewa (IQG15) but name "Diyala" is Diyala (IQG10): they disagree',
    });
  });

  it('refuses a known code at the wrong place without falling back', () => {
    const result = placeArea(
      { code: { text: 'IRQ-G10Q05', field: 'admin2Pcode' }, name: { text: 'Mosul', field: 'admin2Name' } },
      'district',
      'IQG15',
      resolveAreaStrictly,
    );
    expect(result).toMatchObject({
      ok: false,
      field: 'admin2Pcode',
      reason: expect.stringMatching(/not inside Ninewa/),
    });
  });

  it('refuses an unknown code without a name', () => {
    expect(placeArea({ code: code('IRQ015') }, 'governorate', undefined, resolveAreaStrictly)).toMatchObject({
      ok: false,
      field: '#adm1+code',
      reason: expect.stringMatching(/not an OCHA p-code/),
    });
  });
});
