import { describe, expect, it } from 'vitest';
import { CurrencySchema, minorUnitsOf } from './currencies';
import { IATI_ACTIVITY_STATUSES } from './iati-activity-statuses';
import { IATI_ORGANISATION_TYPES } from './iati-organisation-types';
import { IATI_TRANSACTION_TYPES } from './iati-transaction-types';
import { VOCABULARIES, VOCABULARY_NAMES } from './registry';
import { sectorOfDacCode, SECTORS } from './sectors';
import { COURSE_SERVICE_TYPES, SERVICE_TYPES } from './service-types';
import { SexSchema } from './sexes';
import { VOCATIONAL_COURSES } from './vocational-courses';
import { DEFAULT_OPENING_DAYS, WEEKDAYS } from './weekdays';

describe('every vocabulary', () => {
  it.each(VOCABULARY_NAMES)('%s has unique codes and non-empty labels', (name) => {
    const entries = VOCABULARIES[name];
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.label.trim()).not.toBe('');
  });

  it.each(VOCABULARY_NAMES.filter((name) => name !== 'currencies'))('%s codes are lowercase snake_case', (name) => {
    for (const entry of VOCABULARIES[name]) expect(entry.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  it('currencies are ISO 4217 alpha codes', () => {
    for (const entry of VOCABULARIES.currencies) expect(entry.code).toMatch(/^[A-Z]{3}$/);
  });
});

describe('vocabulary schemas', () => {
  it('accept codes and reject anything else with the allowed codes in the message', () => {
    expect(SexSchema.parse('female')).toBe('female');
    const result = SexSchema.safeParse('x');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('female, male');
  });
});

describe('IATI codelists', () => {
  it('carry unique IATI codes matching the codelists', () => {
    expect(IATI_ACTIVITY_STATUSES.map((s) => s.iatiCode)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(IATI_TRANSACTION_TYPES.map((t) => t.iatiCode)).toEqual([1, 2, 3, 4, 11, 12, 13]);
    const orgCodes = IATI_ORGANISATION_TYPES.map((t) => t.iatiCode);
    expect(new Set(orgCodes).size).toBe(orgCodes.length);
    expect(IATI_ORGANISATION_TYPES.find((t) => t.iatiCode === 40)?.code).toBe('multilateral');
  });
});

describe('sectors', () => {
  it('have unique DAC codes and resolve secondary codes', () => {
    const all = SECTORS.flatMap((s) => [s.dacCode, ...s.otherDacCodes]);
    expect(new Set(all).size).toBe(all.length);
    expect(sectorOfDacCode(12230)).toBe('health');
    expect(sectorOfDacCode(11220)).toBe('education');
    expect(sectorOfDacCode(99999)).toBeUndefined();
  });
});

describe('service types and courses', () => {
  it('every course is usually delivered as a service type that takes a course', () => {
    for (const course of VOCATIONAL_COURSES) expect(COURSE_SERVICE_TYPES).toContain(course.usualServiceType);
  });
  it('cover the services the IOM documents name', () => {
    const codes = SERVICE_TYPES.map((s) => s.code);
    for (const expected of [
      'legal_counselling',
      'housing_land_property_counselling',
      'cash_for_work',
      'referral_mhpss',
      'childcare',
      'small_grant',
      'mediation',
      'self_help_group',
    ]) {
      expect(codes).toContain(expected);
    }
  });
});

describe('weekdays and currencies', () => {
  it('default opening days are Sunday to Thursday', () => {
    expect(DEFAULT_OPENING_DAYS).toEqual(WEEKDAYS.slice(0, 5).map((d) => d.code));
  });
  it('IQD amounts are whole dinars, USD has cents', () => {
    expect(minorUnitsOf('IQD')).toBe(0);
    expect(minorUnitsOf('USD')).toBe(2);
    expect(CurrencySchema.safeParse('usd').success).toBe(false);
  });
});
