import { describe, expect, it } from 'vitest';
import { normaliseArabicScript, toAsciiDigits } from './normalise-arabic-script';

describe('normaliseArabicScript', () => {
  it('removes harakat, shadda, sukun and superscript alef', () => {
    expect(normaliseArabicScript('صَلَاحُ الدِّينِ')).toBe('صلاح الدين');
    expect(normaliseArabicScript('هٰذا')).toBe('هذا');
  });

  it('drops tatweel and lone hamza', () => {
    expect(normaliseArabicScript('نينـــوى')).toBe('نينوي');
    expect(normaliseArabicScript('كربلاء')).toBe('كربلا');
  });

  it('folds hamza and madda carriers onto their base letters', () => {
    expect(normaliseArabicScript('أإآٱ')).toBe('اااا');
    expect(normaliseArabicScript('مؤمن')).toBe('مومن');
    expect(normaliseArabicScript('ئ')).toBe('ي');
  });

  it('folds taa marbuta to heh and alef maqsura to yeh', () => {
    expect(normaliseArabicScript('حلبجة')).toBe(normaliseArabicScript('حلبجه'));
    expect(normaliseArabicScript('ديالى')).toBe(normaliseArabicScript('ديالي'));
  });

  it('folds Persian/Kurdish letter forms so either keyboard matches', () => {
    expect(normaliseArabicScript('کەرکووک')).toBe('كهركووك');
    expect(normaliseArabicScript('سلێمانی')).toBe('سليماني');
  });

  it('leaves Latin letters alone apart from accents', () => {
    expect(normaliseArabicScript('Salah al-Dīn')).toBe('Salah al-Din');
  });
});

describe('normaliseArabicScript, on the spellings search and duplicate detection meet', () => {
  it('folds alef forms', () => {
    expect(normaliseArabicScript('أحمد')).toBe(normaliseArabicScript('احمد'));
    expect(normaliseArabicScript('إبراهيم')).toBe('ابراهيم');
    expect(normaliseArabicScript('آمنة')).toBe('امنه');
  });

  it('folds hamza on carriers, taa marbuta, alef maqsura', () => {
    expect(normaliseArabicScript('عائشة')).toBe('عايشه');
    expect(normaliseArabicScript('مؤمن')).toBe('مومن');
    // Source: IOM 001 (AR): الفلوجة، نينوى، ديالى
    expect(normaliseArabicScript('الفلوجة')).toBe('الفلوجه');
    expect(normaliseArabicScript('نينوى')).toBe('نينوي');
    expect(normaliseArabicScript('ديالى')).toBe('ديالي');
  });

  it('removes diacritics and tatweel', () => {
    expect(normaliseArabicScript('مُحَمَّد')).toBe('محمد');
    expect(normaliseArabicScript('محـــمد')).toBe('محمد');
    // Source: IOM 001 (AR), "فرّت الى بغداد" and "شاركتُ"
    expect(normaliseArabicScript('فرّت')).toBe('فرت');
    expect(normaliseArabicScript('شاركتُ')).toBe('شاركت');
  });

  it('folds Sorani letters to what an Arabic keyboard types', () => {
    // Source: IOM 001 (KU): کەرکووک / کەرکوک, هەولێر, سلێمانی, ڕێکخراوی نێودەوڵەتی کۆچ
    expect(normaliseArabicScript('کەرکوک')).toBe('كهركوك');
    expect(normaliseArabicScript('هەولێر')).toBe('ههولير');
    expect(normaliseArabicScript('سلێمانی')).toBe('سليماني');
    expect(normaliseArabicScript('ڕێکخراوی نێودەوڵەتی کۆچ')).toBe('ريكخراوي نيودهولهتي كوج');
    expect(normaliseArabicScript('ھەینی')).toBe('ههيني');
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    // Source: IOM 001 (KU): "٤،٦٠٠ كەس", "لە ساڵی ٢٠١٤"
    expect(normaliseArabicScript('٢٠١٤')).toBe('2014');
    expect(normaliseArabicScript('۱۲۳۴')).toBe('1234');
    expect(normaliseArabicScript('٤،٦٠٠')).toBe('4،600');
  });

  it('trims and collapses spaces, drops invisible marks', () => {
    expect(normaliseArabicScript('  عبد \t  المجيد \n')).toBe('عبد المجيد');
    expect(normaliseArabicScript('\u200fبغداد\u200c')).toBe('بغداد');
  });

  it('reads presentation forms copied out of PDFs', () => {
    // Source: IOM 004 (AR, PDF text) carries forms such as ﻻ (U+FEFB)
    expect(normaliseArabicScript('ﻻ')).toBe('لا');
    expect(normaliseArabicScript('ﺑﻐﺪاد')).toBe('بغداد');
  });

  it('is idempotent and leaves Latin text alone', () => {
    const once = normaliseArabicScript('إخلاص عبدالمجيد Ekhlas');
    expect(normaliseArabicScript(once)).toBe(once);
    expect(normaliseArabicScript('Mosul')).toBe('Mosul');
  });
});

describe('toAsciiDigits', () => {
  it('converts Arabic-Indic and Persian digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('IQG١٠')).toBe('IQG10');
  });
});
