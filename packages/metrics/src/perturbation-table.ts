import { RECORD_KEY_RESOLUTION } from './record-key';

/**
 * The perturbation table (ptable) of the cell-key method: for each true count n and
 * each interval of the cell key, the noise added to n before it is published.
 *
 * It is built from documented parameters, never shipped as opaque numbers:
 *
 * - `maxNoise` (D): no published value is more than D away from the true count;
 * - `variance` (V): the variance of the noise, for counts large enough to allow it;
 * - `threshold` (js): no published value is from 1 to js (so k = js + 1 is the smallest
 *   positive value a reader can see); a true 0 is always published as 0.
 *
 * For each count n, the noise v is drawn (through the cell key) from the distribution
 * over the allowed noises {v : |v| <= D, n + v = 0 or n + v > js} that has mean 0
 * (no bias: expected published value = true value), variance V and, among those, the
 * largest entropy (the least predictable one, as in the `ptable` R package's
 * maximum-entropy approach): p(v) proportional to exp(a·v + b·v²). Where V cannot be
 * reached with mean 0 on the allowed noises (small counts, which have few of them), the
 * nearest reachable variance is used: `rows[n].variance` says which. Probabilities are
 * rounded to multiples of 2^-32, the grid of cell keys.
 *
 * D must be at least js + 1: every count from 1 to js + 1 must be able to fall to 0,
 * or its noise could not have mean 0 while keeping out of 1..js.
 * From n = js + D + 1 on, every noise from -D to D is allowed and the distribution no
 * longer changes: the table's last row serves every larger count.
 */

export interface PerturbationParameters {
  /** D: the largest absolute noise. At least `threshold + 1`. */
  readonly maxNoise: number;
  /** V: the variance of the noise (where the allowed noises permit it). */
  readonly variance: number;
  /** js: no published value is from 1 to js. 0 publishes every value. */
  readonly threshold: number;
}

/** D = 5, V = 3, js = 4: nothing from 1 to 4 is ever published (k = 5), absolute error at most 5. */
export const DEFAULT_PERTURBATION_PARAMETERS: PerturbationParameters = Object.freeze({
  maxNoise: 5,
  variance: 3,
  threshold: 4,
});

/** One noise of a row, and the cell keys that select it: `lower <= key < upper`. */
export interface NoiseInterval {
  readonly noise: number;
  readonly probability: number;
  readonly lower: number;
  readonly upper: number;
}

export interface PerturbationRow {
  /** The true count this row is for; the last row is for this count and every larger one. */
  readonly count: number;
  /** Noises in increasing order, with probabilities summing to 1; only those with probability > 0. */
  readonly noises: readonly NoiseInterval[];
  /** The variance the row reaches (V, or the nearest reachable value for small counts). */
  readonly variance: number;
  /** Mean of |noise|: the expected absolute error of a published cell of this count. */
  readonly meanAbsoluteNoise: number;
}

export interface PerturbationTable {
  readonly parameters: PerturbationParameters;
  /** rows[n] for n = 0 .. threshold + maxNoise + 1; the last row serves every larger count. */
  readonly rows: readonly PerturbationRow[];
}

/** Parameters checked: integers D >= js + 1 >= 1, V > 0. */
export function checkedPerturbationParameters(parameters: PerturbationParameters): PerturbationParameters {
  const { maxNoise, variance, threshold } = parameters;
  if (!Number.isInteger(threshold) || threshold < 0)
    throw new RangeError(`threshold must be a non-negative integer (got ${threshold})`);
  if (!Number.isInteger(maxNoise) || maxNoise < threshold + 1) {
    throw new RangeError(
      `maxNoise must be an integer of at least threshold + 1 = ${threshold + 1} (got ${maxNoise}), so that small counts can be published as 0`,
    );
  }
  if (!(Number.isFinite(variance) && variance > 0))
    throw new RangeError(`variance must be a positive number (got ${variance})`);
  return { maxNoise, variance, threshold };
}

/** Builds the perturbation table of these parameters (default D = 5, V = 3, js = 4). */
export function perturbationTable(
  parameters: PerturbationParameters = DEFAULT_PERTURBATION_PARAMETERS,
): PerturbationTable {
  const checked = checkedPerturbationParameters(parameters);
  const { maxNoise, threshold } = checked;
  const rows: PerturbationRow[] = [];
  for (let count = 0; count <= threshold + maxNoise + 1; count++) rows.push(rowFor(count, checked));
  return { parameters: checked, rows };
}

/** The row of a perturbation table that applies to a true count. */
export function perturbationRowFor(table: PerturbationTable, count: number): PerturbationRow {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`a count must be a non-negative integer (got ${count})`);
  return table.rows[Math.min(count, table.rows.length - 1)]!;
}

/** The noise the table adds to `count` for a cell of key `cellKey` (in [0, 1)). */
export function noiseFor(table: PerturbationTable, count: number, cellKey: number): number {
  if (!(cellKey >= 0 && cellKey < 1)) throw new RangeError(`a cell key must be in [0, 1) (got ${cellKey})`);
  const { noises } = perturbationRowFor(table, count);
  for (const interval of noises) if (cellKey < interval.upper) return interval.noise;
  return noises[noises.length - 1]!.noise; // unreachable: the last upper bound is 1
}

function rowFor(count: number, { maxNoise, variance, threshold }: PerturbationParameters): PerturbationRow {
  if (count === 0) return rowOf(count, [0], [1]);
  const support: number[] = [];
  for (let noise = -maxNoise; noise <= maxNoise; noise++) {
    const published = count + noise;
    if (published === 0 || published > threshold) support.push(noise);
  }
  const probabilities = maximumEntropyMeanZero(support, variance);
  return rowOf(count, support, probabilities);
}

/**
 * A row from probabilities, rounded to multiples of 2^-32 (the cell-key grid) by largest
 * remainder so that they sum to exactly 1 and every interval bound is exact: a cell key
 * selects the same noise on any machine.
 */
function rowOf(count: number, support: readonly number[], probabilities: readonly number[]): PerturbationRow {
  const scaled = probabilities.map((p) => p * RECORD_KEY_RESOLUTION);
  const steps = scaled.map(Math.floor);
  let missing = RECORD_KEY_RESOLUTION - steps.reduce((sum, n) => sum + n, 0);
  const byRemainder = scaled
    .map((x, i) => ({ i, remainder: x - steps[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    steps[i]! += 1;
    missing -= 1;
  }
  const noises: NoiseInterval[] = [];
  let lowerStep = 0;
  support.forEach((noise, i) => {
    const width = steps[i]!;
    if (width <= 0) return;
    const upperStep = lowerStep + width;
    noises.push({
      noise,
      probability: width / RECORD_KEY_RESOLUTION,
      lower: lowerStep / RECORD_KEY_RESOLUTION,
      upper: upperStep / RECORD_KEY_RESOLUTION,
    });
    lowerStep = upperStep;
  });
  const moment = (f: (noise: number) => number) => noises.reduce((sum, n) => sum + n.probability * f(n.noise), 0);
  return { count, noises, variance: moment((v) => v * v), meanAbsoluteNoise: moment(Math.abs) };
}

/**
 * The distribution on `support` (integers, with a negative and a positive one, or 0)
 * with mean 0, variance as close to `variance` as the support allows, and maximum
 * entropy: p(v) ∝ exp(a·v + b·v²), found by Newton's method on the convex dual
 * log Σ exp(a·v + b·v²) − b·V. At the edges of the reachable variances the
 * distribution is the two-point one with mean 0.
 */
function maximumEntropyMeanZero(support: readonly number[], variance: number): number[] {
  if (support.includes(0) && support.length === 1) return [1];
  const below = support.filter((v) => v < 0);
  const above = support.filter((v) => v > 0);
  const twoPoint = (a: number, b: number): number[] =>
    support.map((v) => (v === a ? b / (b - a) : v === b ? -a / (b - a) : 0));
  if (below.length === 0 || above.length === 0) return support.map((v) => (v === 0 ? 1 : 0)); // only 0 can have mean 0
  const nearestBelow = Math.max(...below);
  const nearestAbove = Math.min(...above);
  const lowest = Math.min(...below);
  const highest = Math.max(...above);
  // With 0 allowed, any variance down to 0 is reachable; without it, the two nearest noises bound it.
  const minimumVariance = support.includes(0) ? 0 : -nearestBelow * nearestAbove;
  const maximumVariance = -lowest * highest;
  if (variance <= minimumVariance) return twoPoint(nearestBelow, nearestAbove);
  if (variance >= maximumVariance) return twoPoint(lowest, highest);

  let a = 0;
  let b = 0;
  const distribution = (x: number, y: number): number[] => {
    const exponents = support.map((v) => x * v + y * v * v);
    const top = Math.max(...exponents);
    const weights = exponents.map((e) => Math.exp(e - top));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return weights.map((w) => w / total);
  };
  const dual = (x: number, y: number): number => {
    const exponents = support.map((v) => x * v + y * v * v);
    const top = Math.max(...exponents);
    return top + Math.log(exponents.reduce((sum, e) => sum + Math.exp(e - top), 0)) - y * variance;
  };
  for (let iteration = 0; iteration < 200; iteration++) {
    const p = distribution(a, b);
    const m1 = sumOf(p, support, (v) => v);
    const m2 = sumOf(p, support, (v) => v * v);
    const m3 = sumOf(p, support, (v) => v ** 3);
    const m4 = sumOf(p, support, (v) => v ** 4);
    const g1 = m1;
    const g2 = m2 - variance;
    if (Math.abs(g1) < 1e-13 && Math.abs(g2) < 1e-12) break;
    // Hessian: covariance of (v, v²).
    const h11 = m2 - m1 * m1;
    const h12 = m3 - m1 * m2;
    const h22 = m4 - m2 * m2;
    const det = h11 * h22 - h12 * h12;
    if (!(det > 0)) break;
    const da = -(h22 * g1 - h12 * g2) / det;
    const db = -(-h12 * g1 + h11 * g2) / det;
    let step = 1;
    const current = dual(a, b);
    while (step > 1e-12 && !(dual(a + step * da, b + step * db) <= current + 1e-4 * step * (g1 * da + g2 * db)))
      step /= 2;
    a += step * da;
    b += step * db;
  }
  return distribution(a, b);
}

function sumOf(p: readonly number[], support: readonly number[], f: (v: number) => number): number {
  return p.reduce((sum, probability, i) => sum + probability * f(support[i]!), 0);
}
