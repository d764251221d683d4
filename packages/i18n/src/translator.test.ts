import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';

describe('createTranslator', () => {
  it('binds locale, direction and the user digit choice', () => {
    const arabicLatin = createTranslator('ar', { digits: 'latn' });
    expect(arabicLatin.direction).toBe('rtl');
    expect(arabicLatin.formatNumber(4600)).toBe('4,600');
    expect(arabicLatin.t('count.people', { count: 11 })).toBe('11 شخصًا');
    expect(arabicLatin.formatDate('2017-10-11')).toBe('11 تشرين الأول 2017');
    expect(arabicLatin.ageBracketLabel({ minAge: 0, maxAge: 5 })).toBe('0–5 سنوات');
  });

  it('uses the locale digits when the user has not chosen', () => {
    const sorani = createTranslator('ckb');
    expect(sorani.digits).toBe('arab');
    expect(sorani.formatNumber(4600)).toBe('٤٬٦٠٠');
    expect(sorani.formatCompactNumber(3_200_000)).toBe('٣٫٢\u00a0ملیۆن');
    expect(sorani.formatRelativeTime(-3, 'day')).toBe('٣ ڕۆژ لەمەوبەر');
    expect(sorani.vocabularyLabel('sexes', 'female')).toBe('مێ');
    expect(sorani.areaLabel('IQG13')).toBe('کەرکووک');
    expect(createTranslator('en').direction).toBe('ltr');
  });
});
