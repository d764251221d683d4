import { describe, expect, it } from 'vitest';
import { withoutBidiControls, withoutFormulaEscape } from './cell-safety';
import { cellText } from './table-row';

/** cellText without its fast path: what it must return for every string. */
const slowCellText = (text: string) => withoutBidiControls(withoutFormulaEscape(text)).replace(/\s+/g, ' ').trim();

describe('cellText', () => {
  it('returns what the full clean-up returns, for clean text and for every kind of unclean text', () => {
    const samples = [
      '',
      'Mosul',
      'Location IQ-LOC-00001',
      'الموصل الجديدة',
      ' Mosul',
      'Mosul ',
      'Al  Hamdaniya',
      'Al\tHamdaniya',
      'Al\nHamdaniya',
      'Al\u00a0Hamdaniya',
      ' ',
      "'=SUM(A1)",
      "'abc",
      "it's",
      '\u200fMosul',
      'Mo\u202esul',
      '\u061c',
      'a b c',
      'a ',
    ];
    for (const sample of samples) expect(cellText(sample), JSON.stringify(sample)).toBe(slowCellText(sample));
  });

  it('reads numbers and dates as the readers hand them over', () => {
    expect(cellText(12)).toBe('12');
    expect(cellText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
    expect(cellText(null)).toBe('');
  });
});
