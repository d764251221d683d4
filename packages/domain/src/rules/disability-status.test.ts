import { describe, expect, it } from 'vitest';
import { disabilityStatusOf } from './disability-status';

const noDifficulty = {
  seeing: 'no_difficulty',
  hearing: 'no_difficulty',
  walking: 'no_difficulty',
  cognition: 'no_difficulty',
  self_care: 'no_difficulty',
  communication: 'no_difficulty',
} as const;

describe('disabilityStatusOf (Washington Group Short Set, cut-off "a lot of difficulty")', () => {
  it('counts one domain at "a lot of difficulty" or "cannot do at all" as a disability', () => {
    expect(disabilityStatusOf({ ...noDifficulty, walking: 'a_lot_of_difficulty' })).toBe('with_disability');
    expect(disabilityStatusOf({ ...noDifficulty, communication: 'cannot_do_at_all' })).toBe('with_disability');
  });

  it('does not count "some difficulty", even in every domain', () => {
    const some = Object.fromEntries(Object.keys(noDifficulty).map((domain) => [domain, 'some_difficulty'])) as Record<
      keyof typeof noDifficulty,
      'some_difficulty'
    >;
    expect(disabilityStatusOf(some)).toBe('without_disability');
    expect(disabilityStatusOf(noDifficulty)).toBe('without_disability');
  });

  it('says not recorded when a domain is missing and none reaches the cut-off, but a severe answer decides alone', () => {
    expect(disabilityStatusOf({ ...noDifficulty, hearing: null })).toBe('not_recorded');
    expect(disabilityStatusOf({ seeing: 'no_difficulty' })).toBe('not_recorded');
    expect(disabilityStatusOf({ seeing: 'cannot_do_at_all' })).toBe('with_disability');
    expect(disabilityStatusOf(null)).toBe('not_recorded');
  });
});
