import { createTranslator } from '@crc/i18n';
import { describe, expect, it } from 'vitest';
import { moneyInMillions } from './money-in-millions';

describe('moneyInMillions', () => {
  it('prints the CRP VI total as the snapshot does, in the digits chosen', () => {
    expect(moneyInMillions(createTranslator('en'), '23750000.00', 'USD')).toBe('US$23.75 million');
    expect(moneyInMillions(createTranslator('ar'), '23750000.00', 'USD')).toBe('٢٣٫٧٥ مليون \u2066US$\u2069');
    expect(moneyInMillions(createTranslator('ar', { digits: 'latn' }), '23750000.00', 'USD')).toBe(
      '23.75 مليون \u2066US$\u2069',
    );
    expect(moneyInMillions(createTranslator('ckb', { digits: 'latn' }), '690000.00', 'USD')).toBe(
      '0.69 ملیۆن \u2066US$\u2069',
    );
  });
});
