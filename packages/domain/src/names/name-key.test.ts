import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';

describe('nameKey', () => {
  it('equals for a Sorani spelling and its Arabic-keyboard spelling', () => {
    // Source: IOM 001 (KU): کەرکووک, هەولێر, سلێمانی, ئیبراهیم, مەنال, موسڵ
    expect(nameKey('کەرکووک')).toBe(nameKey('كهركووك'));
    expect(nameKey('هەولێر')).toBe(nameKey('ههولير'));
    expect(nameKey('سلێمانی')).toBe(nameKey('سليماني'));
    expect(nameKey('ئیبراهیم')).toBe(nameKey('ئيبراهيم'));
    expect(nameKey('مەنال')).toBe(nameKey('مهنال'));
    expect(nameKey('موسڵ')).toBe(nameKey('موسل'));
  });

  it('equals for Arabic spelling variants', () => {
    // Source: IOM 001 (AR) "إخلاص عبدالمجيد"; IOM 004 (AR) "نصير عبد الستار"
    expect(nameKey('إخلاص عبدالمجيد')).toBe(nameKey('اخلاص عبد المجيد'));
    expect(nameKey('نصير عبد الستار')).toBe(nameKey('نصير عبدالستار'));
    expect(nameKey('أبو بكر')).toBe(nameKey('ابوبكر'));
    expect(nameKey('الفلوجة')).toBe(nameKey('الفلوجه'));
  });

  it('equals for Latin variants in case, accents and punctuation', () => {
    // Source: IOM 002 (EN): "Sara Al-Kaabi", "Salah al-Din"
    expect(nameKey('Sara Al-Kaabi')).toBe(nameKey('sara al kaabi'));
    expect(nameKey('Ibrāhīm')).toBe(nameKey('ibrahim'));
    expect(nameKey('Abdel Sattar')).toBe(nameKey('Abdelsattar'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('محمد')).not.toBe(nameKey('محمود'));
    expect(nameKey('كركوك')).not.toBe(nameKey('كربلاء'));
  });
});
