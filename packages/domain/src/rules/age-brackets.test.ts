import { describe, expect, it } from 'vitest';
import { ageBracketAt, ageBracketOf, DEFAULT_AGE_BRACKETS, defineAgeBrackets } from './age-brackets';

describe('DEFAULT_AGE_BRACKETS', () => {
  it('are 0-5, 6-17, 18-59, 60+', () => {
    expect(DEFAULT_AGE_BRACKETS.map((b) => b.code)).toEqual(['0-5', '6-17', '18-59', '60+']);
    expect(DEFAULT_AGE_BRACKETS.at(-1)?.maxAge).toBeNull();
  });

  it('place bracket edges correctly', () => {
    expect(ageBracketOf(0).code).toBe('0-5');
    expect(ageBracketOf(5).code).toBe('0-5');
    expect(ageBracketOf(6).code).toBe('6-17');
    expect(ageBracketOf(17).code).toBe('6-17');
    expect(ageBracketOf(18).code).toBe('18-59');
    expect(ageBracketOf(59).code).toBe('18-59');
    expect(ageBracketOf(60).code).toBe('60+');
    expect(ageBracketOf(104).code).toBe('60+');
  });

  it('reject impossible ages', () => {
    expect(() => ageBracketOf(-1)).toThrow(/whole number/);
    expect(() => ageBracketOf(4.5)).toThrow(/whole number/);
  });
});

describe('ageBracketAt', () => {
  it('moves a child into 6-17 on the sixth birthday', () => {
    expect(ageBracketAt('2012-03-10', '2018-03-09').code).toBe('0-5');
    expect(ageBracketAt('2012-03-10', '2018-03-10').code).toBe('6-17');
  });
});

describe('defineAgeBrackets', () => {
  it('builds brackets from explicit specs with custom codes', () => {
    const brackets = defineAgeBrackets([
      { minAge: 0, maxAge: 17, code: 'child', label: 'Children' },
      { minAge: 18, maxAge: null, code: 'adult', label: 'Adults' },
    ]);
    expect(ageBracketOf(17, brackets).code).toBe('child');
    expect(ageBracketOf(18, brackets).label).toBe('Adults');
  });

  it('builds brackets from lower bounds', () => {
    expect(defineAgeBrackets([0, 5, 12, 18, 25, 50]).map((b) => b.code)).toEqual([
      '0-4',
      '5-11',
      '12-17',
      '18-24',
      '25-49',
      '50+',
    ]);
  });

  it('rejects gaps, overlaps, a late start, a closed end and duplicate codes', () => {
    expect(() =>
      defineAgeBrackets([
        { minAge: 0, maxAge: 5 },
        { minAge: 7, maxAge: null },
      ]),
    ).toThrow(/gap.*6-6/);
    expect(() =>
      defineAgeBrackets([
        { minAge: 0, maxAge: 5 },
        { minAge: 5, maxAge: null },
      ]),
    ).toThrow(/overlaps/);
    expect(() => defineAgeBrackets([{ minAge: 1, maxAge: null }])).toThrow(/start at age 0/);
    expect(() => defineAgeBrackets([{ minAge: 0, maxAge: 5 }])).toThrow(/open-ended/);
    expect(() =>
      defineAgeBrackets([
        { minAge: 0, maxAge: null },
        { minAge: 1, maxAge: null },
      ]),
    ).toThrow(/only the last/);
    expect(() =>
      defineAgeBrackets([
        { minAge: 0, maxAge: 3 },
        { minAge: 4, maxAge: 2 },
        { minAge: 3, maxAge: null },
      ]),
    ).toThrow(/ends \(2\) before it starts \(4\)/);
    expect(() =>
      defineAgeBrackets([
        { minAge: 0, maxAge: 5, code: 'x' },
        { minAge: 6, maxAge: null, code: 'x' },
      ]),
    ).toThrow(/used twice/);
    expect(() => defineAgeBrackets([])).toThrow(/at least one/);
  });
});
