import { describe, expect, it } from 'vitest';
import { dimensionValue, UNKNOWN_DIMENSION } from './displacement-dimensions';

describe('dimensionValue', () => {
  it('reads "Not available" and its variants as unknown, empty as not given', () => {
    for (const text of ['Not available', 'NOT AVAILABLE', ' n/a ', 'Unknown', 'غير متوفر'])
      expect(dimensionValue(text)).toBe(UNKNOWN_DIMENSION);
    expect(dimensionValue('')).toBeUndefined();
    expect(dimensionValue(null)).toBeUndefined();
    expect(dimensionValue('  Armed   conflict ')).toBe('Armed conflict');
  });
});
