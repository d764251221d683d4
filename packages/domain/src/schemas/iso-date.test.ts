import { afterEach, describe, expect, it, vi } from 'vitest';
import { IsoDateSchema, PastOrTodayDateSchema } from './iso-date';
import { PeriodSchema, periodsOverlap } from './period';

afterEach(() => vi.useRealTimers());

describe('IsoDateSchema', () => {
  it('accepts real dates only', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('10/03/2024').success).toBe(false);
  });
});

describe('PastOrTodayDateSchema', () => {
  it('uses the date in Iraq: at 22:00 UTC tomorrow-in-UTC is already today', () => {
    vi.useFakeTimers({ now: new Date('2024-03-10T22:00:00Z') });
    expect(PastOrTodayDateSchema.safeParse('2024-03-11').success).toBe(true);
    expect(PastOrTodayDateSchema.safeParse('2024-03-12').success).toBe(false);
  });
});

describe('PeriodSchema', () => {
  it('rejects a period ending before it starts, on the end field', () => {
    expect(PeriodSchema.safeParse({ start: '2018-01-01', end: '2018-03-31' }).success).toBe(true);
    expect(PeriodSchema.safeParse({ start: '2018-01-01', end: '2018-01-01' }).success).toBe(true);
    const result = PeriodSchema.safeParse({ start: '2018-04-01', end: '2018-03-31' });
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('periods sharing a day overlap', () => {
    expect(periodsOverlap({ start: '2018-01-01', end: '2018-03-31' }, { start: '2018-03-31', end: '2018-06-30' })).toBe(
      true,
    );
    expect(periodsOverlap({ start: '2018-01-01', end: '2018-03-31' }, { start: '2018-04-01', end: '2018-06-30' })).toBe(
      false,
    );
  });
});
