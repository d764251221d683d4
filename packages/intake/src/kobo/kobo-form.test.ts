import { describe, expect, it } from 'vitest';
import { fixtureKoboAsset } from '../testing/kobo-fixture-form';
import { koboFormOf, languageCode } from './kobo-form';

describe('koboFormOf', () => {
  const form = koboFormOf(fixtureKoboAsset());

  it('gives every question its full group path and its repeat group', () => {
    expect(form.questions.get('household/district')).toEqual({
      path: 'household/district',
      name: 'district',
      type: 'select_one',
      listName: 'districts',
    });
    expect(form.questions.get('household/member/given_name')).toMatchObject({
      type: 'text',
      repeat: 'household/member',
    });
    expect([...form.repeats]).toEqual(['household/member']);
    expect(form.question('sex')?.path).toBe('household/member/sex');
  });

  it('labels choice codes in each translation', () => {
    expect(form.languages).toEqual(['en', 'ar']);
    expect(form.choiceLabel('governorates', 'IQG10')).toBe('Diyala');
    expect(form.choiceLabel('governorates', 'IQG10', 'ar')).toBe('ديالى');
    expect(form.choiceLabel('sexes', 'female', 'ar')).toBe('أنثى');
    // No Arabic label: the first label there is.
    expect(form.choiceLabel('services', 'legal_counselling', 'ar')).toBe('Legal counselling');
    expect(form.choiceLabel('sexes', 'x')).toBeUndefined();
    expect(form.hasChoice('relationships', 'head')).toBe(true);
  });

  it('reads XLSForm types that carry their list inline', () => {
    const inline = koboFormOf({
      uid: 'aX',
      name: 'x',
      content: {
        survey: [{ type: 'select_one yn', name: 'ok' }],
        choices: [{ list_name: 'yn', name: 'yes', label: ['Yes'] }],
      },
    });
    expect(inline.questions.get('ok')).toMatchObject({ type: 'select_one', listName: 'yn' });
    expect(inline.languages).toEqual(['default']);
  });

  it('reads language codes from translation names', () => {
    expect(languageCode('Arabic (ar)')).toBe('ar');
    expect(languageCode('Kurdish Sorani (ckb)')).toBe('ckb');
    expect(languageCode(null)).toBe('default');
  });
});
