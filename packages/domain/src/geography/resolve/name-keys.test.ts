import { describe, expect, it } from 'vitest';
import { nameKeys } from './name-keys';

describe('nameKeys', () => {
  it('ignores case, punctuation, apostrophes and the article in any common spelling', () => {
    const anbar = nameKeys('Anbar').exact;
    for (const text of ['Al-Anbar', 'al anbar', 'El-Anbar', 'AL ANBAR', ' Anbar. '])
      expect(nameKeys(text).exact).toBe(anbar);
    expect(nameKeys("Al-Mada'in").exact).toBe('madain');
    expect(nameKeys('Ash-Shirqat').exact).toBe('shirqat');
    expect(nameKeys('An Najaf').exact).toBe('najaf');
  });

  it('keeps words that only look like articles', () => {
    expect(nameKeys('Ana').exact).toBe('ana');
    expect(nameKeys('Al').exact).toBe('al');
    expect(nameKeys('Ain Al-Tamur').exact).toBe('ain tamur');
    // A sun-letter article only counts before its own consonant.
    expect(nameKeys('As-Samawa').exact).toBe('samawa');
    expect(nameKeys('As Kut').exact).toBe('as kut');
  });

  it('strips the Arabic article from each word', () => {
    expect(nameKeys('الانبار').exact).toBe(nameKeys('انبار').exact);
    expect(nameKeys('صلاح الدين').exact).toBe('صلاح دين');
  });

  it('makes the loose key insensitive to spaces and transliteration swings', () => {
    expect(nameKeys('Thi Qar').loose).toBe(nameKeys('ThiQar').loose);
    expect(nameKeys('Basrah').loose).toBe(nameKeys('Basra').loose);
    expect(nameKeys('Qadissiya').loose).toBe(nameKeys('Qadisiyah').loose);
    expect(nameKeys('Tooz').loose).toBe(nameKeys('Tuz').loose);
    expect(nameKeys('Al-Qaim').loose).toBe(nameKeys('Al-Kaim').loose);
    expect(nameKeys('Kirkuk').loose).not.toBe(nameKeys('Kerkuk').loose);
  });

  it('reads level words as a hint and leaves them out of the name', () => {
    expect(nameKeys('Ninewa Governorate')).toMatchObject({ exact: 'ninewa', levelHint: 'governorate' });
    expect(nameKeys('Mosul District')).toMatchObject({ exact: 'mosul', levelHint: 'district' });
    expect(nameKeys('Jalawla sub-district')).toMatchObject({ exact: 'jalawla', levelHint: 'subdistrict' });
    expect(nameKeys('ناحية جلولاء').levelHint).toBe('subdistrict');
    expect(nameKeys('Kirkuk').levelHint).toBeUndefined();
  });

  it('puts "centre" where the dataset puts "Markaz"', () => {
    expect(nameKeys('Kirkuk Centre').exact).toBe(nameKeys('Markaz Kirkuk').exact);
    expect(nameKeys('Kirkuk center').exact).toBe(nameKeys('Markaz Kirkuk').exact);
  });
});
