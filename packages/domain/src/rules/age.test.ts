import { describe, expect, it } from 'vitest';
import { ageAt } from './age';

describe('ageAt', () => {
  it('counts completed years, turning on the birthday itself', () => {
    expect(ageAt('2000-06-15', '2020-06-14')).toBe(19);
    expect(ageAt('2000-06-15', '2020-06-15')).toBe(20);
    expect(ageAt('2000-06-15', '2020-06-16')).toBe(20);
    expect(ageAt('2000-06-15', '2000-06-15')).toBe(0);
  });

  it('treats 29 February birthdays as reached on 1 March in common years', () => {
    expect(ageAt('2004-02-29', '2005-02-28')).toBe(0);
    expect(ageAt('2004-02-29', '2005-03-01')).toBe(1);
    expect(ageAt('2004-02-29', '2008-02-28')).toBe(3);
    expect(ageAt('2004-02-29', '2008-02-29')).toBe(4);
  });

  it('accepts Date objects, read in UTC', () => {
    expect(ageAt(new Date('1990-01-01'), new Date('2020-12-31T23:00:00Z'))).toBe(30);
  });

  it('refuses a birth after the reference date, naming both dates', () => {
    expect(() => ageAt('2021-01-02', '2021-01-01')).toThrow(/2021-01-02.*2021-01-01/);
  });

  it('refuses dates that do not exist', () => {
    expect(() => ageAt('2023-02-29', '2024-01-01')).toThrow(/not a calendar date/);
    expect(() => ageAt('01/02/2000', '2024-01-01')).toThrow(/YYYY-MM-DD/);
  });
});
