import { describe, expect, it } from 'vitest';
import { allAreas } from '../all-areas';
import { UnknownAreaError } from '../unknown-area-error';
import { AREA_ALIASES } from './area-aliases';
import { resolveArea } from './resolve-area';

const top = (text: string): string | undefined => resolveArea(text)[0]?.pcode;
const pcodes = (text: string, options?: Parameters<typeof resolveArea>[1]): string[] =>
  resolveArea(text, options).map((a) => a.pcode);

describe('resolveArea: the required examples', () => {
  // `?.` because noUncheckedIndexedAccess types `[0]` as possibly undefined; an empty result fails the test.
  it('resolves Salahadin, نينوى and IQ-DI', () => {
    expect(resolveArea('Salahadin')[0]?.pcode === 'IQG16').toBe(true);
    expect(resolveArea('نينوى')[0]?.pcode === 'IQG15').toBe(true);
    expect(resolveArea('IQ-DI')[0]?.pcode === 'IQG10').toBe(true);
  });

  it('returns full AdminArea objects with a score and how they matched', () => {
    expect(resolveArea('IQ-DI')[0]).toMatchObject({
      pcode: 'IQG10',
      level: 'governorate',
      isoCode: 'IQ-DI',
      names: { en: 'Diyala' },
      score: 1,
      matchedBy: 'iso',
    });
    expect(resolveArea('Salahadin')[0]).toMatchObject({ score: 1, matchedBy: 'alias' });
    expect(resolveArea('نينوى')[0]).toMatchObject({ score: 1, matchedBy: 'name' });
  });
});

describe('resolveArea: known IOM spellings of governorates', () => {
  const variants: Record<string, readonly string[]> = {
    IQG16: ['Salah al-Din', 'Salah-al-Din', 'Salahadin', 'Salahuddin', 'Saladin', 'Salah ad-Din', 'SALAH AL DIN'],
    IQG06: ['Sulaymaniyah', 'Sulaymaniah', 'Suleimaniyah', 'Sulaimaniya', 'As-Sulaymaniyah'],
    IQG14: ['Maysan', 'Missan'],
    IQG17: ['Thi-Qar', 'Dhi Qar', 'Thi Qar', 'ThiQar'],
    IQG09: ['Duhok', 'Dahuk', 'Dohuk'],
    IQG07: ['Babil', 'Babylon'],
    IQG02: ['Basrah', 'Basra', 'Al-Basrah', 'Al Basra'],
    IQG15: ['Ninewa', 'Ninawa', 'Nineveh'],
    IQG01: ['Anbar', 'Al-Anbar', 'Al Anbar', 'El-Anbar', 'al anbar', 'الانبار', 'الأنبار', 'أنبار', 'Alanbar'],
    IQG05: ['Qadissiya', 'Qadisiyah', 'Diwaniya', 'Al-Qadisiyyah'],
    IQG18: ['Wassit', 'Wasit'],
    IQG12: ['Kerbala', 'Karbala'],
    IQG11: ['Erbil', 'Arbil', 'Hawler', 'هەولێر'],
    IQG13: ['Kirkuk', 'Kerkuk', 'كركوك', 'کەرکوک'],
    IQG10: ['Diyala', 'Diala', 'ديالى', 'ديالي'],
    IQG03: ['Muthanna', 'Al-Muthanna', 'Muthana'],
    IQG04: ['Najaf', 'An-Najaf', 'النجف'],
    IQG08: ['Baghdad', 'baghdad', 'بغداد'],
  };
  for (const [pcode, names] of Object.entries(variants)) {
    it.each(names)(`resolves %s to ${pcode}, first`, (name) => {
      expect(top(name)).toBe(pcode);
    });
  }
});

describe('resolveArea: districts and sub-districts named in IOM documents', () => {
  it.each([
    ['Jalawla', 'IQG10Q05N04'],
    ['Jalula', 'IQG10Q05N04'],
    ['جلولاء', 'IQG10Q05N04'],
    ['Baiji', 'IQG16Q03'],
    ['Beiji', 'IQG16Q03'],
    ['Hawija', 'IQG13Q01'],
    ['Al-Hawija', 'IQG13Q01'],
    ['الحويجة', 'IQG13Q01'],
    ['Shirqat', 'IQG16Q02'],
    ['Al-Shirqat', 'IQG16Q02'],
    ['Ash Shirqat', 'IQG16Q02'],
    ['Mosul', 'IQG15Q05'],
    ['الموصل', 'IQG15Q05'],
    ['Telafar', 'IQG15Q08'],
    ['Tal Afar', 'IQG15Q08'],
    ['Tal-Afar', 'IQG15Q08'],
    ['Sinjar', 'IQG15Q07'],
    ['Khanaqin', 'IQG10Q05'],
    ['Tuz Khurmatu', 'IQG16Q07'],
    ['Tooz Khurmato', 'IQG16Q07'],
    ['Fallujah', 'IQG01Q01'],
    ['Halabja', 'IQG06Q05'],
    ['Sadr City', 'IQG08Q07'],
  ])('resolves %s to %s, first', (name, pcode) => {
    expect(top(name)).toBe(pcode);
  });

  it('reads "X Centre" as the dataset\'s "Markaz X" sub-district', () => {
    expect(top('Kirkuk Centre')).toBe('IQG13Q04N06');
    expect(top('Markaz Kirkuk')).toBe('IQG13Q04N06');
    expect(top('مركز كركوك')).toBe('IQG13Q04N06');
  });
});

describe('resolveArea: normalisation', () => {
  it('ignores Arabic diacritics, tatweel, hamza forms, taa marbuta and alef maqsura', () => {
    expect(top('نِيْنَوَى')).toBe('IQG15');
    expect(top('نينـــوى')).toBe('IQG15');
    expect(top('نينوي')).toBe('IQG15');
    expect(top('صَلَاحُ الدِّينِ')).toBe('IQG16');
    expect(top('كربلا')).toBe('IQG12');
    expect(top('إربيل')).toBe('IQG11');
    expect(top('حلبجه')).toBe('IQG06Q05');
    expect(top('الْبَصْرَة')).toBe('IQG02');
  });

  it('accepts Sorani names, including Persian-keyboard letter forms', () => {
    expect(top('سلێمانی')).toBe('IQG06');
    expect(top('دهۆک')).toBe('IQG09');
    expect(top('سەڵاحەدین')).toBe('IQG16');
    expect(top('نەینەوا')).toBe('IQG15');
    expect(top('هەڵەبجە')).toBe('IQG06Q05');
  });

  it('accepts p-codes in any case, with spaces, and with Arabic-Indic digits', () => {
    expect(resolveArea('iqg10q05')[0]).toMatchObject({ pcode: 'IQG10Q05', matchedBy: 'pcode', score: 1 });
    expect(top(' IQG10Q05N04 ')).toBe('IQG10Q05N04');
    expect(top('IQG١٠Q٠٥')).toBe('IQG10Q05');
    expect(top('IQG۱۰')).toBe('IQG10');
  });

  it('accepts ISO 3166-2 codes with or without the hyphen, in any case', () => {
    expect(top('iq-su')).toBe('IQG06');
    expect(top('IQSD')).toBe('IQG16');
    expect(top('IQ DQ')).toBe('IQG17');
  });

  it('ignores punctuation, apostrophes, extra spaces and level words', () => {
    expect(top("Al-Mada'in")).toBe('IQG08Q04');
    expect(top('Al Madain')).toBe('IQG08Q04');
    expect(top('  salah   al   din  ')).toBe('IQG16');
    expect(top('Ninewa Governorate')).toBe('IQG15');
    expect(top('محافظة نينوى')).toBe('IQG15');
  });
});

describe('resolveArea: names shared by a governorate and its district', () => {
  it.each([
    ['Kirkuk', 'IQG13', 'IQG13Q04'],
    ['Basrah', 'IQG02', 'IQG02Q02'],
    ['Najaf', 'IQG04', 'IQG04Q03'],
    ['Kerbala', 'IQG12', 'IQG12Q03'],
    ['Erbil', 'IQG11', 'IQG11Q02'],
    ['Duhok', 'IQG09', 'IQG09Q02'],
    ['Sulaymaniyah', 'IQG06', 'IQG06Q01'],
    ['كركوك', 'IQG13', 'IQG13Q04'],
  ])('returns both for %s, the governorate first', (name, governorate, district) => {
    const [first, second] = resolveArea(name);
    expect(first?.pcode).toBe(governorate);
    expect(second?.pcode).toBe(district);
    expect(first?.score).toBe(second?.score);
  });

  it('honours options.level', () => {
    expect(pcodes('Kirkuk', { level: 'district' })).toEqual(['IQG13Q04']);
    expect(pcodes('Kirkuk', { level: 'governorate' })).toEqual(['IQG13']);
    expect(pcodes('Kirkuk', { level: 'subdistrict' })).toEqual([]);
  });

  it('puts the level the text names first', () => {
    expect(top('Kirkuk district')).toBe('IQG13Q04');
    expect(top('قضاء كركوك')).toBe('IQG13Q04');
  });

  it('also returns a same-named area elsewhere rather than guessing (Salah al-Din sub-district in Erbil)', () => {
    expect(pcodes('Salah al-Din')).toEqual(['IQG16', 'IQG11Q06N02']);
    expect(pcodes('Wasit')).toEqual(['IQG18', 'IQG18Q02N01']);
  });
});

describe('resolveArea: options', () => {
  it('restricts to descendants of options.within', () => {
    expect(pcodes('Kirkuk', { within: 'IQG13' })).toEqual(['IQG13Q04']);
    expect(pcodes('Salah al-Din', { within: 'IQG11' })).toEqual(['IQG11Q06N02']);
    expect(pcodes('Mosul', { within: 'IQG13' })).toEqual([]);
  });

  it('throws UnknownAreaError for an unknown options.within', () => {
    expect(() => resolveArea('Kirkuk', { within: 'IQG99' })).toThrow(UnknownAreaError);
  });

  it('applies options.limit after ranking', () => {
    expect(pcodes('Kirkuk', { limit: 1 })).toEqual(['IQG13']);
    expect(pcodes('Kirkuk', { limit: 0 })).toEqual([]);
  });
});

describe('resolveArea: no silent guesses', () => {
  it.each(['', '   ', 'Atlantis', 'London', 'xyz', 'IQG99', 'IQ-ZZ', '12345', 'Al', 'district', '---'])(
    'returns [] for %j',
    (text) => {
      expect(resolveArea(text)).toEqual([]);
    },
  );

  it('scores approximate spellings clearly below exact ones', () => {
    // A doubled letter is a transliteration swing (loose match), not a typo.
    expect(resolveArea('Kirkukk')[0]?.score).toBe(0.9);
    const fuzzy = resolveArea('Khanaqim');
    expect(fuzzy[0]?.pcode).toBe('IQG10Q05');
    expect(fuzzy[0]?.score).toBeLessThan(0.7);
    expect(fuzzy[0]?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not try approximate matches on short text', () => {
    expect(resolveArea('Hitt')[0]?.pcode).toBe('IQG01Q07'); // loose: doubled letter
    expect(resolveArea('Kut')[0]?.pcode).toBe('IQG18Q02');
    expect(resolveArea('Kot')).toEqual([]);
  });

  it('ranks best first', () => {
    for (const text of ['Kirkuk', 'Basra', 'Salah al-Din', 'Khanaqim']) {
      const scores = resolveArea(text).map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('resolveArea: every area resolves to itself', () => {
  it.each(allAreas().map((a) => [a.pcode, a] as const))('%s by p-code, English, Arabic and Sorani name', (_, area) => {
    expect(resolveArea(area.pcode)[0]?.pcode).toBe(area.pcode);
    expect(pcodes(area.names.en)).toContain(area.pcode);
    expect(pcodes(area.names.ar)).toContain(area.pcode);
    expect(pcodes(area.names.en.toUpperCase())).toContain(area.pcode);
    if (area.names.ckb !== null) expect(pcodes(area.names.ckb)).toContain(area.pcode);
    if (area.isoCode !== null) expect(top(area.isoCode)).toBe(area.pcode);
    const own = resolveArea(area.names.en).find((r) => r.pcode === area.pcode);
    expect(own?.score).toBe(1);
  });

  it('keeps every alias pointing at an area that the alias resolves to', () => {
    for (const alias of AREA_ALIASES) {
      for (const name of alias.names) {
        const found = pcodes(name);
        for (const pcode of alias.pcodes) expect(found, name).toContain(pcode);
      }
    }
  });
});
