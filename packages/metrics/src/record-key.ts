/**
 * Record keys and cell keys of the cell-key method (ABS TableBuilder, ONS 2021 Census).
 *
 * Every person carries a record key: a number drawn uniformly from [0, 1) once, when the
 * person is registered, and stored with them. A cell's key is the fractional part of the
 * sum of the record keys of the distinct people it counts. The same people always give
 * the same cell key, whatever table or filter they were counted through, so they always
 * get the same published value (see `publish`).
 *
 * Record keys live on a grid of 2^-32 (`RECORD_KEY_RESOLUTION` steps), so that a cell
 * key is an exact integer sum modulo 2^32: the same in SQL and here, whatever the order
 * people are added in (a floating-point sum would depend on that order).
 */

/** Record keys are multiples of 1 / RECORD_KEY_RESOLUTION in [0, 1). */
export const RECORD_KEY_RESOLUTION = 2 ** 32;

/**
 * A fresh record key, uniform on [0, 1) on the 2^-32 grid. `random` is any uniform
 * source on [0, 1) (default `Math.random`; the database draws its own with `random()`).
 */
export function drawRecordKey(random: () => number = Math.random): number {
  const step = Math.floor(random() * RECORD_KEY_RESOLUTION);
  return Math.min(Math.max(step, 0), RECORD_KEY_RESOLUTION - 1) / RECORD_KEY_RESOLUTION;
}

/** The grid step of a record key, refusing values outside [0, 1) or off the grid. */
export function recordKeyStep(recordKey: number): number {
  if (!(recordKey >= 0 && recordKey < 1)) throw new RangeError(`a record key must be in [0, 1) (got ${recordKey})`);
  const step = recordKey * RECORD_KEY_RESOLUTION;
  if (!Number.isInteger(step))
    throw new RangeError(`a record key must be a multiple of 2^-32 (got ${recordKey}); draw it with drawRecordKey`);
  return step;
}

/**
 * Adds record keys into a cell key, exactly: integer steps modulo 2^32. Start from
 * `EMPTY_CELL_KEY_SUM` and read the cell key with `cellKeyOfSum`.
 */
export function addToCellKeySum(sum: number, recordKey: number): number {
  return (sum + recordKeyStep(recordKey)) % RECORD_KEY_RESOLUTION;
}

export const EMPTY_CELL_KEY_SUM = 0;

export function cellKeyOfSum(sum: number): number {
  return sum / RECORD_KEY_RESOLUTION;
}

/**
 * The cell key of the people with these record keys (one per distinct person): the
 * fractional part of their sum, in [0, 1). The empty cell's key is 0.
 *
 * ```ts
 * cellKeyOf([0.75, 0.5]); // 0.25
 * ```
 */
export function cellKeyOf(recordKeys: Iterable<number>): number {
  let sum = EMPTY_CELL_KEY_SUM;
  for (const key of recordKeys) sum = addToCellKeySum(sum, key);
  return cellKeyOfSum(sum);
}
