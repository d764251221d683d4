import type { IndicatorQuantity, IndicatorUnit } from '@crc/domain';

type StoredDecimal = { toFixed(digits?: number): string };

/**
 * A stored figure (NUMERIC) in the form @crc/metrics expects for the unit: money as
 * an exact decimal string, every other unit as a number (counts and percentages fit a
 * double exactly at NUMERIC(18, 2) sizes).
 */
export function quantityOf(unit: IndicatorUnit, value: StoredDecimal): IndicatorQuantity {
  return unit === 'currency' ? value.toFixed(2) : Number(value.toFixed());
}

/** A figure as the Decimal scalar writes it: money with two decimals, counts without trailing zeros ('150', '12.5'). */
export function quantityText(unit: IndicatorUnit, value: StoredDecimal | IndicatorQuantity): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return unit === 'currency' ? value.toFixed(2) : value.toFixed();
}
