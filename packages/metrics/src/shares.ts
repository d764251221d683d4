import { atCommonScale, toExactDecimal, type DecimalInput } from './exact-decimal';

/**
 * Percentages that add up to exactly 100 at the requested precision, by the
 * largest-remainder (Hamilton) method, computed with exact integer arithmetic.
 *
 * A value may be a non-negative `number`, a `bigint`, or a decimal string such as
 * `"1250000.75"` (money is decimal: pass strings and nothing is lost to floating point).
 */
export type ShareValue = DecimalInput;

export interface SharesOptions {
  /** Digits after the decimal point, 0 to 6. Default 0. */
  readonly decimals?: number;
}

const MAX_DECIMALS = 6;

/**
 * Each value's share of the total in integer units of `10^-decimals` percent; the units
 * always sum to exactly `100 * 10^decimals` (unless every value is zero, see below).
 *
 * Every share starts as the floor of its exact quota; the units still missing go, one
 * each, to the largest remainders. Equal remainders go to the earlier value, so the
 * result is stable in input order. A value of zero never receives a unit.
 *
 * An all-zero (or empty) input has no shares: every unit is 0, because 0 of 0 is not
 * a percentage, and spreading 100 over nothing would invent a distribution.
 */
export function shareUnits(values: readonly ShareValue[], options: SharesOptions = {}): number[] {
  const decimals = checkedDecimals(options.decimals ?? 0);
  const exact = atCommonScale(values.map((value, index) => toExactDecimal(value, `values[${index}]`))).digits;
  const total = exact.reduce((sum, value) => sum + value, 0n);
  if (total === 0n) return exact.map(() => 0);

  const target = 100n * 10n ** BigInt(decimals);
  const units = exact.map((value) => (value * target) / total);
  const remainders = exact.map((value) => (value * target) % total);
  let missing = target - units.reduce((sum, unit) => sum + unit, 0n);

  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (missing === 0n) break;
    units[index] = (units[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return units.map((unit) => Number(unit));
}

/**
 * Each value's percentage of the total, rounded to `decimals` places so that the
 * rounded percentages add up to exactly 100 (largest remainder, see {@link shareUnits}).
 *
 * ```ts
 * shares([1, 1, 1]);                   // [34, 33, 33]
 * shares([1, 1, 1], { decimals: 1 });  // [33.4, 33.3, 33.3]
 * shares(['0.10', '0.20'], { decimals: 2 }); // [33.33, 66.67]
 * shares([0, 0]);                      // [0, 0]  (nothing to share)
 * ```
 *
 * The numbers are the nearest doubles to the exact decimals: display them with
 * `toFixed(decimals)` (or @crc/i18n) and they read exactly; for arithmetic that
 * must add to 100 exactly, use {@link shareUnits}.
 */
export function shares(values: readonly ShareValue[], options: SharesOptions = {}): number[] {
  const decimals = checkedDecimals(options.decimals ?? 0);
  const scale = 10 ** decimals;
  return shareUnits(values, { decimals }).map((unit) => unit / scale);
}

function checkedDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS} (got ${decimals})`);
  }
  return decimals;
}
