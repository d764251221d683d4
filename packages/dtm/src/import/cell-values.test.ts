import { describe, expect, it } from 'vitest';
import { parseCount, parseReportingDate, parseRound } from './cell-values';

describe('cell values', () => {
  it('read counts in Latin or Arabic-Indic digits with proper thousands separators only', () => {
    expect(parseCount('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('١٬٢٠٠')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('۴۵')).toEqual({ ok: true, value: 45 });
    expect(parseCount(300)).toEqual({ ok: true, value: 300 });
    for (const bad of ['12,00', '1.5', '-3', 'many', 2.5, -1]) expect(parseCount(bad).ok, String(bad)).toBe(false);
  });

  it('read plain digit strings (the fast path) as the full rule does', () => {
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('007')).toEqual({ ok: true, value: 7 });
    expect(parseCount('999999999')).toEqual({ ok: true, value: 999_999_999 });
    expect(parseCount('2147483647')).toEqual({ ok: true, value: 2_147_483_647 });
    expect(parseCount('2147483648')).toEqual({ ok: false, reason: 'is too large' });
    expect(parseCount(' 12 ')).toEqual({ ok: true, value: 12 });
    for (const bad of ['', '1a', '12:', '/1']) expect(parseCount(bad).ok, bad).toBe(false);
  });

  it('read rounds as numbers or "Round N"', () => {
    expect(parseRound('Round 125')).toEqual({ ok: true, value: 125 });
    expect(parseRound('R7')).toEqual({ ok: true, value: 7 });
    expect(parseRound(0).ok).toBe(false);
    // Remembered per text: the same answers the second time.
    for (let pass = 0; pass < 2; pass += 1) {
      expect(parseRound('Round 125')).toEqual({ ok: true, value: 125 });
      expect(parseRound('Round 0').ok).toBe(false);
    }
  });

  it('read ISO and spreadsheet dates, refusing impossible and future ones', () => {
    expect(parseReportingDate(new Date(Date.UTC(2022, 2, 31)), '2026-11-22')).toEqual({
      ok: true,
      value: '2022-03-31',
    });
    expect(parseReportingDate('2022-03-31T00:00:00', '2026-11-22')).toEqual({ ok: true, value: '2022-03-31' });
    expect(parseReportingDate('31/03/2022', '2026-11-22')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/YYYY-MM-DD/),
    });
    expect(parseReportingDate('2022-02-30', '2026-11-22')).toMatchObject({
      ok: false,
      reason: 'is not a calendar date',
    });
    expect(parseReportingDate('2027-01-01', '2026-11-22')).toMatchObject({ ok: false, reason: 'is in the future' });
  });
});
