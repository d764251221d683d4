import { describe, expect, it } from 'vitest';
import { areaFallbackNotice, areaLabel, areaName } from './area-name';

describe('areaName', () => {
  it('names a governorate in each locale', () => {
    // IOM 001: Kirkuk / كركوك / کەرکووک
    expect(areaName('en', 'IQG13').text).toBe('Kirkuk');
    expect(areaName('ar', 'IQG13')).toEqual({ text: 'كركوك', lang: 'ar', isFallback: false, needsReview: false });
    expect(areaName('ckb', 'IQG13')).toMatchObject({ text: 'کەرکووک', lang: 'ckb', isFallback: false });
  });

  it('flags community-sourced Sorani names as awaiting review', () => {
    expect(areaName('ckb', 'IQG10')).toMatchObject({ text: 'دیالە', needsReview: true });
  });

  it('falls back visibly to Arabic where no Sorani name exists', () => {
    // Khanaqin district (IQG10Q05) has no Sorani name in the data.
    const name = areaName('ckb', 'IQG10Q05');
    expect(name).toEqual({ text: 'خانقين', lang: 'ar', isFallback: true, needsReview: false });
    expect(areaLabel('ckb', 'IQG10Q05')).toBe('خانقين (عەرەبی)');
    expect(areaFallbackNotice('ckb', name)).toBe('ناو بە کوردیی سۆرانی بەردەست نییە؛ بە عەرەبی نیشان دراوە');
    expect(areaLabel('ar', 'IQG10Q05')).toBe('خانقين');
  });

  it('rejects an unknown p-code', () => {
    expect(() => areaName('en', 'IQG99')).toThrow(/unknown p-code/);
  });
});
