import { describe, expect, it } from 'vitest';
import { DecimalAmountSchema, fitsMinorUnits, MoneySchema } from './decimal-amount';
import { formatIssues } from './format-issues';

describe('DecimalAmountSchema', () => {
  it.each(['0', '1500000', '1500000.00', '0.5', '23750000.25'])('accepts %s', (amount) => {
    expect(DecimalAmountSchema.parse(amount)).toBe(amount);
  });

  it.each(['1e3', 'abc', '-5', '+5', '1,500', '01', '.5', '5.', ' 5', '', 'NaN', 'Infinity'])(
    'rejects %j',
    (amount) => {
      expect(DecimalAmountSchema.safeParse(amount).success).toBe(false);
    },
  );

  it('rejects numbers (floats) with a message saying why', () => {
    const result = DecimalAmountSchema.safeParse(1500.5);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/decimal string.*not a number/);
    expect(DecimalAmountSchema.safeParse(1e3).success).toBe(false);
  });
});

describe('minor units', () => {
  it('IQD is whole dinars; trailing zeros are fine', () => {
    expect(fitsMinorUnits('1500000.00', 'IQD')).toBe(true);
    expect(fitsMinorUnits('1500000.50', 'IQD')).toBe(false);
    expect(fitsMinorUnits('19.99', 'USD')).toBe(true);
    expect(fitsMinorUnits('19.999', 'USD')).toBe(false);
  });

  it('MoneySchema reports an over-precise amount on the amount field', () => {
    expect(MoneySchema.parse({ amount: '1500000.00', currency: 'IQD' })).toEqual({
      amount: '1500000.00',
      currency: 'IQD',
    });
    const result = MoneySchema.safeParse({ amount: '10.5', currency: 'IQD' });
    expect(formatIssues(result.error!)).toEqual([
      { field: 'amount', message: 'IQD amounts are whole numbers (no fractional part)', code: 'custom' },
    ]);
  });
});
