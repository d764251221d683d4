/**
 * Non-negative decimals as exact integers: `"1250.75"` is 125075 at scale 2. Money is
 * never summed or divided as floating point here.
 */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

export type DecimalInput = number | bigint | string;

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** Reads a non-negative number, bigint or decimal string exactly; a number is read at its shortest decimal form. */
export function toExactDecimal(value: DecimalInput, name = 'value'): ExactDecimal {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new RangeError(`${name} must not be negative (got ${value})`);
    return { digits: value, scale: 0 };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number (got ${value})`);
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new RangeError(`${name} must be a non-negative decimal number (got ${JSON.stringify(value)})`);
  const [, whole = '', fraction = '', exponentText] = match;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const digits = BigInt(whole + fraction);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** The values as integers at their largest common scale, with that scale. */
export function atCommonScale(values: readonly ExactDecimal[]): { digits: bigint[]; scale: number } {
  const scale = values.reduce((largest, value) => Math.max(largest, value.scale), 0);
  return { digits: values.map((value) => value.digits * 10n ** BigInt(scale - value.scale)), scale };
}

/** The decimal string of an integer at a scale: (125075n, 2) is "1250.75". */
export function formatExactDecimal(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = scale > 0 ? `.${text.slice(text.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** a / b as the nearest double, computed from exact integers (b > 0). */
export function ratioOf(a: bigint, b: bigint): number {
  // Scale so the integer quotient carries ~17 significant digits before converting.
  const precision = 10n ** 18n;
  return Number((a * precision) / b) / 1e18;
}
