import { describe, expect, it } from 'vitest';
import { resolveAreaStrictly } from './resolve-area-strictly';

describe('resolveAreaStrictly', () => {
  it('accepts p-codes, ISO codes, English and Arabic names at the requested level', () => {
    expect(resolveAreaStrictly('IQG10', 'governorate')).toMatchObject({ ok: true, area: { pcode: 'IQG10' } });
    expect(resolveAreaStrictly('iq-an', 'governorate')).toMatchObject({ ok: true, area: { pcode: 'IQG01' } });
    expect(resolveAreaStrictly('نينوى', 'governorate')).toMatchObject({ ok: true, area: { pcode: 'IQG15' } });
    expect(resolveAreaStrictly('Hawija', 'district', 'IQG13')).toMatchObject({ ok: true, area: { pcode: 'IQG13Q01' } });
    // Kirkuk names a governorate and its district: the level decides, not a guess.
    expect(resolveAreaStrictly('Kirkuk', 'district', 'IQG13')).toMatchObject({ ok: true, area: { pcode: 'IQG13Q04' } });
  });

  it('refuses unknown codes, codes at another level or elsewhere, and unknown or approximate names', () => {
    expect(resolveAreaStrictly('IQG99', 'governorate')).toEqual({ ok: false, reason: 'unknown p-code "IQG99"' });
    expect(resolveAreaStrictly('IQG10Q05', 'governorate')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is a district, not a governorate/),
    });
    expect(resolveAreaStrictly('IQG10Q05', 'district', 'IQG15')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not inside Ninewa/),
    });
    expect(resolveAreaStrictly('Atlantis', 'district')).toEqual({ ok: false, reason: 'no district named "Atlantis"' });
    expect(resolveAreaStrictly('Khanaqen', 'district')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/did you mean Khanaqin/),
    });
    expect(resolveAreaStrictly('Mosul', 'district', 'IQG10')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/in Diyala/),
    });
  });
});
