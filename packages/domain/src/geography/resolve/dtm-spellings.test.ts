import { describe, expect, it } from 'vitest';
import { AREA_ALIASES } from './area-aliases';
import { resolveArea } from './resolve-area';

// The English spellings of the DTM Iraq files (reference material, "Real layouts of DTM data").
const DTM_GOVERNORATES = [
  ['Al-Anbar', 'IQG01'],
  ['Al-Basrah', 'IQG02'],
  ['Al-Muthanna', 'IQG03'],
  ['Al-Najaf', 'IQG04'],
  ['Al-Qadissiya', 'IQG05'],
  ['Al-Sulaymaniyah', 'IQG06'],
  ['Babil', 'IQG07'],
  ['Baghdad', 'IQG08'],
  ['Duhok', 'IQG09'],
  ['Diyala', 'IQG10'],
  ['Erbil', 'IQG11'],
  ['Kerbala', 'IQG12'],
  ['Kirkuk', 'IQG13'],
  ['Maysan', 'IQG14'],
  ['Ninewa', 'IQG15'],
  ['Salah Al-Din', 'IQG16'],
  ['Thi Qar', 'IQG17'],
  ['Wassit', 'IQG18'],
  ['Salahal Din', 'IQG16'],
] as const;

describe('DTM spellings', () => {
  it('resolve exactly (score 1) to one governorate each', () => {
    for (const [name, pcode] of DTM_GOVERNORATES) {
      const found = resolveArea(name, { level: 'governorate' }).filter((area) => area.score >= 0.9);
      expect(
        found.map((area) => area.pcode),
        name,
      ).toEqual([pcode]);
    }
  });

  it('resolve DTM district spellings inside their governorate', () => {
    expect(resolveArea('Al-Falluja', { level: 'district', within: 'IQG01' })[0]?.pcode).toBe('IQG01Q01');
    expect(resolveArea('Al-Hawiga', { level: 'district', within: 'IQG13' })[0]?.pcode).toBe('IQG13Q01');
    expect(resolveArea('Halabcha', { level: 'district', within: 'IQG06' })[0]?.pcode).toBe('IQG06Q05');
  });

  it('list the master-list spellings as aliases with their source', () => {
    expect(AREA_ALIASES.find((alias) => alias.names.includes('Salahal Din'))).toEqual({
      pcodes: ['IQG16'],
      names: ['Salahal Din'],
      source: 'dtm-master-list',
    });
    expect(resolveArea('Salahal Din')[0]).toMatchObject({ pcode: 'IQG16', matchedBy: 'alias', score: 1 });
  });
});
