import { DEFAULT_AGE_BRACKETS } from '@crc/domain';
import { describe, expect, it } from 'vitest';
import { ageBracketLabel } from './age-bracket-label';
import { t } from './translate';
import { vocabularyLabel } from './vocabulary-label';

describe('Arabic plurals', () => {
  it('choose the right one of six forms for 0, 1, 2, 3, 11 and 100', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('ar', 'count.people', { count }, { digits: 'latn' }));
    expect(forms).toEqual(['0 شخص', 'شخص واحد', 'شخصان', '3 أشخاص', '11 شخصًا', '100 شخص']);
  });

  it('write the count in the locale digits unless the user chose Latin', () => {
    expect(t('ar', 'count.households', { count: 11 })).toBe('١١ أسرة');
    expect(t('ar', 'count.individuals', { count: 3 })).toBe('٣ أفراد');
  });
});

describe('t', () => {
  it('renders the status messages users see', () => {
    expect(t('en', 'status.noData')).toBe('No data');
    expect(t('ar', 'status.noData')).toBe('لا توجد بيانات');
    expect(t('en', 'status.suppressed', { k: 5 })).toBe('Suppressed: fewer than 5 people');
    expect(t('ar', 'status.suppressed', { k: 5 })).toBe('محجوب: أقل من ٥ أشخاص');
    expect(t('ar', 'status.suppressed', { k: 11 }, { digits: 'latn' })).toBe('محجوب: أقل من 11 شخصًا');
    expect(t('ckb', 'status.suppressed', { k: 5 })).toBe('شاردراوەتەوە: کەمتر لە ٥ کەس');
  });

  it('uses English plural rules for English and Sorani rules for Sorani', () => {
    expect(t('en', 'count.people', { count: 1 })).toBe('1 person');
    expect(t('en', 'count.people', { count: 4600 })).toBe('4,600 people');
    expect(t('ckb', 'count.people', { count: 4600 })).toBe('٤٬٦٠٠ کەس');
  });
});

describe('vocabularyLabel', () => {
  it('labels codes in every locale', () => {
    expect(vocabularyLabel('en', 'populationGroups', 'idp')).toBe('Internally displaced person');
    // IOM 004 (AR): مراكز الموارد المجتمعية; IOM 001 (KU): ئاوارە، گەڕاوە
    expect(vocabularyLabel('ar', 'centreKinds', 'community_resource_centre')).toBe('مركز الموارد المجتمعية');
    expect(vocabularyLabel('ckb', 'populationGroups', 'returnee')).toBe('گەڕاوە');
    expect(vocabularyLabel('ar', 'weekdays', 'sunday')).toBe('الأحد');
  });

  it('shows an unknown code as itself, never as a guess', () => {
    expect(vocabularyLabel('ar', 'sexes', 'unknown_code')).toBe('unknown_code');
  });
});

describe('ageBracketLabel', () => {
  it('labels the default brackets with the right Arabic noun form', () => {
    expect(DEFAULT_AGE_BRACKETS.map((bracket) => ageBracketLabel('ar', bracket))).toEqual([
      '٠–٥ سنوات',
      '٦–١٧ سنة',
      '١٨–٥٩ سنة',
      '٦٠ سنة فأكثر',
    ]);
    expect(DEFAULT_AGE_BRACKETS.map((bracket) => ageBracketLabel('en', bracket))).toEqual([
      '0–5 years',
      '6–17 years',
      '18–59 years',
      '60 years and over',
    ]);
    expect(ageBracketLabel('ckb', { minAge: 60, maxAge: null })).toBe('٦٠ ساڵ و زیاتر');
    expect(ageBracketLabel('ckb', { minAge: 0, maxAge: 5 }, { digits: 'latn' })).toBe('0–5 ساڵ');
  });
});
