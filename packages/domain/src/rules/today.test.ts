import { describe, expect, it } from 'vitest';
import { todayInIraq } from './today';

describe('todayInIraq', () => {
  it('is already the next day in Baghdad at 22:00 UTC', () => {
    expect(todayInIraq(new Date('2024-03-10T20:59:59Z'))).toBe('2024-03-10');
    expect(todayInIraq(new Date('2024-03-10T21:00:00Z'))).toBe('2024-03-11');
  });
});
