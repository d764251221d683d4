import { describe, expect, it } from 'vitest';
import { NAME_FALLBACKS, nameInLocale } from './name-fallback';

const khanaqin = { en: 'Khanaqin', ar: 'خانقين', ckb: null } as const;

describe('nameInLocale', () => {
  it('gives the name in the requested locale when there is one', () => {
    expect(nameInLocale('ar', (lang) => khanaqin[lang])).toEqual({ text: 'خانقين', lang: 'ar', isFallback: false });
  });

  it('falls back from Sorani to Arabic, never silently to English', () => {
    expect(nameInLocale('ckb', (lang) => khanaqin[lang])).toEqual({ text: 'خانقين', lang: 'ar', isFallback: true });
    expect(NAME_FALLBACKS.ckb).toEqual(['ckb', 'ar', 'en']);
  });

  it('skips blank names and answers undefined when no language has one', () => {
    expect(nameInLocale('ckb', (lang) => ({ en: 'Jalawla', ar: '  ', ckb: '' })[lang])).toEqual({
      text: 'Jalawla',
      lang: 'en',
      isFallback: true,
    });
    expect(nameInLocale('en', () => null)).toBeUndefined();
  });
});
