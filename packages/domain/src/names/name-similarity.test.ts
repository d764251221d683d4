import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity';

/** The candidates ordered from most to least similar to the query. */
function ranked(query: string, candidates: readonly string[]): string[] {
  return [...candidates].sort((a, b) => nameSimilarity(query, b) - nameSimilarity(query, a));
}

describe('nameSimilarity', () => {
  it('is 1 for the same name and stays within 0..1', () => {
    expect(nameSimilarity('محمد', 'محمد')).toBe(1);
    expect(nameSimilarity('أحمد', 'احمد')).toBe(1);
    for (const [a, b] of [
      ['Mosul', 'كربلاء'],
      ['', 'x'],
      ['محمد', 'Zz'],
    ] as const) {
      const score = nameSimilarity(a, b);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('is symmetric', () => {
    expect(nameSimilarity('Mohammed', 'محمد')).toBe(nameSimilarity('محمد', 'Mohammed'));
    expect(nameSimilarity('کەرکووک', 'كركوك')).toBe(nameSimilarity('كركوك', 'کەرکووک'));
  });

  it('ranks transliterations of محمد above other names', () => {
    const variants = ['Mohammed', 'Muhammad', 'Mohamed', 'مُحَمَّد'];
    const others = ['محمود', 'Mahmoud', 'أحمد', 'Ahmed', 'حامد'];
    for (const variant of variants) {
      for (const other of others) {
        expect(nameSimilarity('محمد', variant), `${variant} vs ${other}`).toBeGreaterThan(
          nameSimilarity('محمد', other),
        );
      }
    }
  });

  it('matches the people of the IOM documents across English, Arabic and Sorani', () => {
    // Source: IOM 001 EN/AR/KU: Ekhlas Abdulmajeed / إخلاص عبدالمجيد / ئیخلاس عبد المجید,
    // Ibrahim / ابراهيم / ئیبراهیم, Manal / منال / مەنال; IOM 000/004: Naseer Abdel Sattar / نصير عبد الستار.
    const people = [
      ['Ekhlas Abdulmajeed', 'إخلاص عبدالمجيد', 'ئیخلاس عبد المجید'],
      ['Ibrahim', 'ابراهيم', 'ئیبراهیم'],
      ['Manal', 'منال', 'مەنال'],
      ['Naseer Abdel Sattar', 'نصير عبد الستار'],
    ];
    for (const spellings of people) {
      for (const a of spellings) {
        for (const b of spellings) {
          const otherPeople = people.filter((other) => other !== spellings).flat();
          const best = Math.max(...otherPeople.map((other) => nameSimilarity(a, other)));
          expect(nameSimilarity(a, b), `${a} ~ ${b}`).toBeGreaterThan(best);
        }
      }
    }
  });

  it('matches the places of the IOM documents across English, Arabic and Sorani', () => {
    // Source: IOM 001 EN/AR/KU and 002 (EN): governorates and towns named in all three texts.
    const places = [
      ['Kirkuk', 'كركوك', 'کەرکووک', 'کەرکوک'],
      ['Mosul', 'الموصل', 'موسڵ'],
      ['Fallujah', 'الفلوجة', 'فەلوجە'],
      ['Baghdad', 'بغداد', 'بەغدا'],
      ['Diyala', 'ديالى', 'دیالە'],
      ['Ninewa', 'نينوى', 'نەینەوا'],
      ['Hawija', 'الحويجة', 'حەویجە'],
      ['Erbil', 'أربيل', 'هەولێر'],
    ];
    // Erbil / هەولێر are different names for the same city, not spellings: excluded below.
    const spellingSets = places.map((set) => set.filter((name) => name !== 'هەولێر'));
    for (const spellings of spellingSets) {
      const others = spellingSets.filter((other) => other !== spellings).flat();
      for (const a of spellings) {
        const best = Math.max(...others.map((other) => nameSimilarity(a, other)));
        for (const b of spellings) expect(nameSimilarity(a, b), `${a} ~ ${b}`).toBeGreaterThan(best);
      }
    }
  });

  it('puts the right name first in a search over mixed scripts', () => {
    const index = ['كركوك', 'كربلاء', 'Karbala', 'محمود', 'Muhammad', 'Manal', 'منال'];
    expect(ranked('Kirkuk', index)[0]).toBe('كركوك');
    expect(ranked('Mohammed', index)[0]).toBe('Muhammad');
    expect(ranked('مەنال', index).slice(0, 2).sort()).toEqual(['Manal', 'منال'].sort());
  });
});
