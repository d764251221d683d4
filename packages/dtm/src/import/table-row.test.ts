import { describe, expect, it } from 'vitest';
import { unsafeCharacter, withoutBidiControls, withoutFormulaEscape } from './cell-safety';
import { cellText, isPlainText } from './table-row';

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
      'nul\u0000byte',
      'bell\u0007',
      'del\u007f',
      'c1\u0085',
      'bad \ufffd byte',
    ];
    for (const sample of samples) expect(cellText(sample), JSON.stringify(sample)).toBe(slowCellText(sample));
  });

  it('calls text plain only when cellText keeps it and no character of it rejects a row', () => {
    const samples = [
      '',
      'Mosul',
      'الموصل',
      'a b',
      ' a',
      'a  b',
      'a\tb',
      "'=1",
      '\u200fMosul',
      'x\u0001',
      'x\u009f',
      'x\ufffd',
    ];
    for (const sample of samples) {
      const plain = cellText(sample) === sample && unsafeCharacter(sample, 'utf-8') === undefined;
      expect(isPlainText(sample), JSON.stringify(sample)).toBe(plain);
    }
  });

  it('reads numbers and dates as the readers hand them over', () => {
    expect(cellText(12)).toBe('12');
    expect(cellText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
    expect(cellText(null)).toBe('');
  });
});
