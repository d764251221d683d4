import { describe, expect, it } from 'vitest';
import { todayInIraq } from './today';

describe('todayInIraq', () => {
  it('is already the next day in Baghdad at 22:00 UTC', () => {
    expect(todayInIraq(new Date('2024-03-10T20:59:59Z'))).toBe('2024-03-10');
    expect(todayInIraq(new Date('2024-03-10T21:00:00Z'))).toBe('2024-03-11');
  });

  it('answers each instant by its own day, whichever day was asked before (the answer is kept per day)', () => {
    const instants = [
      ['2024-03-10T20:59:59.999Z', '2024-03-10'],
      ['2024-03-10T21:00:00.000Z', '2024-03-11'],
      ['2024-03-10T20:59:59.999Z', '2024-03-10'],
      ['2024-03-09T21:00:00.000Z', '2024-03-10'],
      ['2024-03-09T20:59:59.999Z', '2024-03-09'],
      ['1969-12-31T20:59:59.999Z', '1969-12-31'],
      ['1969-12-31T21:00:00.000Z', '1970-01-01'],
      ['2024-03-11T20:00:00.000Z', '2024-03-11'],
    ] as const;
    for (const [instant, date] of instants) expect(todayInIraq(new Date(instant)), instant).toBe(date);
  });
});
