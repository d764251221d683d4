import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

// "as of 11 October 2017" (IOM 001): AR "11 تشرين الأول / أكتوبر 2017", KU "١١ی تشرینی یەکەمی ٢٠١٧".
describe('formatDate', () => {
  it('uses the Iraqi month names in Arabic', () => {
    expect(formatDate('ar', '2017-10-11')).toBe('١١ تشرين الأول ٢٠١٧');
    expect(formatDate('ar', '2017-03-01', { digits: 'latn' })).toBe('1 آذار 2017');
    expect(formatDate('ar', '2017-01-15', { digits: 'latn' })).toBe('15 كانون الثاني 2017');
  });

  it('matches the Sorani document', () => {
    expect(formatDate('ckb', '2017-10-11')).toBe('١١ی تشرینی یەکەمی ٢٠١٧');
  });

  it('formats English', () => {
    expect(formatDate('en', '2017-10-11')).toBe('October 11, 2017');
    expect(formatDate('en', '2017-10-11', { style: 'short' })).toBe('10/11/17');
  });

  it('never shifts an ISO date, and shows an instant as the date in Iraq', () => {
    expect(formatDate('en', '2016-10-17')).toBe('October 17, 2016');
    // 22:30 UTC on 16 October is already 17 October in Baghdad (UTC+3).
    expect(formatDate('en', new Date('2016-10-16T22:30:00Z'))).toBe('October 17, 2016');
  });

  it('rejects what is not a date', () => {
    expect(() => formatDate('en', 'yesterday')).toThrow(RangeError);
  });
});
