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

describe('toAsciiDigits', () => {
  it('converts Arabic-Indic and Persian digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('IQG١٠')).toBe('IQG10');
  });
});
