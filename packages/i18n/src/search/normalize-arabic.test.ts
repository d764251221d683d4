import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize-arabic';

describe('normalizeArabic', () => {
  it('folds alef forms', () => {
    expect(normalizeArabic('أحمد')).toBe(normalizeArabic('احمد'));
    expect(normalizeArabic('إبراهيم')).toBe('ابراهيم');
    expect(normalizeArabic('آمنة')).toBe('امنه');
  });

  it('folds hamza on carriers, taa marbuta, alef maqsura', () => {
    expect(normalizeArabic('عائشة')).toBe('عايشه');
    expect(normalizeArabic('مؤمن')).toBe('مومن');
    // Source: IOM 001 (AR): الفلوجة، نينوى، ديالى
    expect(normalizeArabic('الفلوجة')).toBe('الفلوجه');
    expect(normalizeArabic('نينوى')).toBe('نينوي');
    expect(normalizeArabic('ديالى')).toBe('ديالي');
  });

  it('removes diacritics and tatweel', () => {
    expect(normalizeArabic('مُحَمَّد')).toBe('محمد');
    expect(normalizeArabic('محـــمد')).toBe('محمد');
    // Source: IOM 001 (AR), "فرّت الى بغداد" and "شاركتُ"
    expect(normalizeArabic('فرّت')).toBe('فرت');
    expect(normalizeArabic('شاركتُ')).toBe('شاركت');
  });

  it('folds Sorani letters to what an Arabic keyboard types', () => {
    // Source: IOM 001 (KU): کەرکووک / کەرکوک, هەولێر, سلێمانی, ڕێکخراوی نێودەوڵەتی کۆچ
    expect(normalizeArabic('کەرکوک')).toBe('كهركوك');
    expect(normalizeArabic('هەولێر')).toBe('ههولير');
    expect(normalizeArabic('سلێمانی')).toBe('سليماني');
    expect(normalizeArabic('ڕێکخراوی نێودەوڵەتی کۆچ')).toBe('ريكخراوي نيودهولهتي كوج');
    expect(normalizeArabic('ھەینی')).toBe('ههيني');
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    // Source: IOM 001 (KU): "٤،٦٠٠ كەس", "لە ساڵی ٢٠١٤"
    expect(normalizeArabic('٢٠١٤')).toBe('2014');
    expect(normalizeArabic('۱۲۳۴')).toBe('1234');
    expect(normalizeArabic('٤،٦٠٠')).toBe('4،600');
  });

  it('trims and collapses spaces, drops invisible marks', () => {
    expect(normalizeArabic('  عبد \t  المجيد \n')).toBe('عبد المجيد');
    expect(normalizeArabic('\u200fبغداد\u200c')).toBe('بغداد');
  });

  it('reads presentation forms copied out of PDFs', () => {
    // Source: IOM 004 (AR, PDF text) carries forms such as ﻻ (U+FEFB)
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ﺑﻐﺪاد')).toBe('بغداد');
  });

  it('is idempotent and leaves Latin text alone', () => {
    const once = normalizeArabic('إخلاص عبدالمجيد Ekhlas');
    expect(normalizeArabic(once)).toBe(once);
    expect(normalizeArabic('Mosul')).toBe('Mosul');
  });
});
