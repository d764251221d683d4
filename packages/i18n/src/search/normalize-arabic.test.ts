import { normaliseArabicScript } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './normalize-arabic';

describe('normalizeArabic (deprecated)', () => {
  it('is @crc/domain’s normaliseArabicScript, not a second folding', () => {
    expect(normalizeArabic).toBe(normaliseArabicScript);
  });
});
