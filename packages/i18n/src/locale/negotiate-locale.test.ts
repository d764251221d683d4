import { describe, expect, it } from 'vitest';
import { direction } from './direction';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it('treats Iraqi and Arabic-script Kurdish as Sorani', () => {
    expect(negotiateLocale('ku-IQ,ar;q=0.8')).toBe('ckb');
    expect(negotiateLocale('ku-Arab')).toBe('ckb');
    expect(negotiateLocale('ku-Arab-IQ')).toBe('ckb');
    expect(negotiateLocale('ckb')).toBe('ckb');
    expect(negotiateLocale('ckb-IR')).toBe('ckb');
  });

  it('gives Arabic for any Arabic variant', () => {
    expect(negotiateLocale('ar-SA')).toBe('ar');
    expect(negotiateLocale('ar-IQ;q=0.9')).toBe('ar');
    expect(negotiateLocale('fr-FR, ar-EG;q=0.5')).toBe('ar');
  });

  it('falls back to English for unsupported or empty input', () => {
    expect(negotiateLocale('fr-FR')).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale('ku-Latn-TR')).toBe('en');
  });

  it('orders by quality, not position, and skips q=0', () => {
    expect(negotiateLocale('en;q=0.3, ar;q=0.9, ckb;q=0.5')).toBe('ar');
    expect(negotiateLocale('ar;q=0, ckb;q=0.2')).toBe('ckb');
  });

  it('keeps header order between equal qualities', () => {
    expect(negotiateLocale('ckb, ar')).toBe('ckb');
    expect(negotiateLocale('ar, ckb')).toBe('ar');
  });

  it('accepts a preference list', () => {
    expect(negotiateLocale(['de', 'ku_IQ', 'en'])).toBe('ckb');
    expect(negotiateLocale([])).toBe('en');
  });
});

describe('direction', () => {
  it('is rtl for Arabic and Sorani', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('ckb')).toBe('rtl');
    expect(direction('en')).toBe('ltr');
  });
});
