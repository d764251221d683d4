import { describe, expect, it } from 'vitest';
import { formatCompactNumber } from './format-compact-number';
import { formatList } from './format-list';
import { formatRelativeTime } from './format-relative-time';

// ICU has no Sorani list, relative-time or compact patterns; these are the package's
// own strings, checked against expected text written out by hand.
describe('Sorani list joining', () => {
  it('joins with the Arabic comma and و', () => {
    // IOM 001 (KU): "بەغدا، دیالە، کەرکوک وە نەینەوا"
    expect(formatList('ckb', ['بەغدا', 'دیالە', 'کەرکوک', 'نەینەوا'])).toBe('بەغدا، دیالە، کەرکوک و نەینەوا');
    expect(formatList('ckb', ['حەویجە', 'شرگات'])).toBe('حەویجە و شرگات');
    expect(formatList('ckb', ['موسڵ'])).toBe('موسڵ');
    expect(formatList('ckb', [])).toBe('');
    expect(formatList('ckb', ['مێ', 'نێر'], 'disjunction')).toBe('مێ یان نێر');
  });

  it('leaves Arabic and English to ICU', () => {
    expect(formatList('ar', ['بغداد', 'ديالى', 'كركوك'])).toBe('بغداد وديالى وكركوك');
    expect(formatList('en', ['Baghdad', 'Diyala', 'Kirkuk'])).toBe('Baghdad, Diyala, and Kirkuk');
  });
});

describe('Sorani relative time', () => {
  it('says "n units ago" and "after n units"', () => {
    expect(formatRelativeTime('ckb', -3, 'day')).toBe('٣ ڕۆژ لەمەوبەر');
    expect(formatRelativeTime('ckb', 2, 'week')).toBe('پاش ٢ هەفتە');
    expect(formatRelativeTime('ckb', -1, 'year')).toBe('١ ساڵ لەمەوبەر');
    expect(formatRelativeTime('ckb', -5, 'minute', { digits: 'latn' })).toBe('5 خولەک لەمەوبەر');
  });

  it('has words for yesterday, today and tomorrow', () => {
    expect(formatRelativeTime('ckb', -1, 'day', { numeric: 'auto' })).toBe('دوێنێ');
    expect(formatRelativeTime('ckb', 0, 'day', { numeric: 'auto' })).toBe('ئەمڕۆ');
    expect(formatRelativeTime('ckb', 1, 'day', { numeric: 'auto' })).toBe('سبەینێ');
    expect(formatRelativeTime('ckb', -2, 'day', { numeric: 'auto' })).toBe('٢ ڕۆژ لەمەوبەر');
  });

  it('leaves Arabic and English to ICU', () => {
    expect(formatRelativeTime('ar', -3, 'day')).toBe('قبل ٣ أيام');
    expect(formatRelativeTime('en', -3, 'day')).toBe('3 days ago');
  });
});

describe('Sorani compact numbers', () => {
  it('shortens with thousand, million and billion words', () => {
    // IOM 001 (KU): "٣.٢ مليۆن ئاوارە" (3.2 million displaced), "٢.٢ مليۆن" returned.
    expect(formatCompactNumber('ckb', 3_200_000)).toBe('٣٫٢\u00a0ملیۆن');
    expect(formatCompactNumber('ckb', 2_200_000)).toBe('٢٫٢\u00a0ملیۆن');
    expect(formatCompactNumber('ckb', 297_800)).toBe('٢٩٨\u00a0هەزار');
    expect(formatCompactNumber('ckb', 4_600)).toBe('٤٫٦\u00a0هەزار');
    expect(formatCompactNumber('ckb', 2_500_000_000)).toBe('٢٫٥\u00a0ملیار');
    expect(formatCompactNumber('ckb', 1_000)).toBe('١\u00a0هەزار');
    expect(formatCompactNumber('ckb', 999_950)).toBe('١\u00a0ملیۆن');
    expect(formatCompactNumber('ckb', 950)).toBe('٩٥٠');
    expect(formatCompactNumber('ckb', 3_200_000, { digits: 'latn' })).toBe('3.2\u00a0ملیۆن');
  });

  it('leaves Arabic and English to ICU', () => {
    expect(formatCompactNumber('ar', 3_200_000)).toBe('٣٫٢\u00a0مليون');
    expect(formatCompactNumber('en', 3_200_000)).toBe('3.2M');
    expect(formatCompactNumber('en', 3_200_000, { display: 'long' })).toBe('3.2 million');
  });
});

describe('ICU still lacks Sorani data', () => {
  // If one of these starts failing, ICU has gained Sorani data: consider using it.
  it('falls back to English patterns for ckb', () => {
    expect(new Intl.ListFormat('ckb').format(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(new Intl.NumberFormat('ckb', { notation: 'compact' }).format(3_200_000)).toBe('٣٫٢M');
  });
});
