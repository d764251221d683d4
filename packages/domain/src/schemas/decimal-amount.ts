import { z } from 'zod';
import { AFTER_FIELD_CHECKS } from './cross-field-checks';
import { CurrencySchema, minorUnitsOf, type Currency } from '../vocabularies/currencies';

/** Non-negative decimal written in plain digits: '1500000', '1500000.00', '0.5'. */
const DECIMAL_AMOUNT = /^(?:0|[1-9]\d{0,17})(?:\.\d{1,6})?$/;

/**
 * A money amount as a decimal string, never a float (0.1 + 0.2 !== 0.3, and IQD
 * budgets exceed float's exact integer range once multiplied to minor units).
 * Rejects numbers, exponents ('1e3'), signs, thousands separators and leading zeros.
 */
export const DecimalAmountSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? "must be a decimal string such as '1500000.00', not a number (floats lose money)"
        : "must be a decimal string such as '1500000.00'",
  })
  .regex(DECIMAL_AMOUNT, {
    error: "must be a non-negative decimal written in digits, such as '1500000.00' (no exponent, sign or separators)",
  });
export type DecimalAmount = z.infer<typeof DecimalAmountSchema>;

/**
 * Whether an amount has no more significant decimals than the currency allows:
 * '1500000.00' is fine in IQD (whole dinars), '1500000.50' is not.
 */
export function fitsMinorUnits(amount: string, currency: Currency): boolean {
  const decimals = (amount.split('.')[1] ?? '').replace(/0+$/, '');
  return decimals.length <= minorUnitsOf(currency);
}

/** The message for an amount with more decimals than its currency has. */
export function minorUnitsMessage(currency: Currency): string {
  const digits = minorUnitsOf(currency);
  return digits === 0
    ? `${currency} amounts are whole numbers (no fractional part)`
    : `${currency} amounts have at most ${digits} decimal places`;
}

/** An amount with its currency. */
export const MoneySchema = z
  .object({ amount: DecimalAmountSchema, currency: CurrencySchema })
  .superRefine((money, ctx) => {
    if (!fitsMinorUnits(money.amount, money.currency)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: minorUnitsMessage(money.currency) });
    }
  }, AFTER_FIELD_CHECKS);
export type Money = z.infer<typeof MoneySchema>;
