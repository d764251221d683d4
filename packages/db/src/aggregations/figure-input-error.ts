/**
 * Why a figure's arguments are refused, so callers word the refusal in their user's
 * language from `reason` and `values` instead of showing (or reading) the English message.
 */
export const FIGURE_INPUT_REASONS = [
  'needs_at',
  'unknown_dimension',
  'repeated_dimension',
  'not_a_household_dimension',
  'too_many_cells',
  'mixed_currencies',
  'not_a_date',
  'not_an_id',
  'not_a_pcode',
  'age_brackets',
] as const;
export type FigureInputReason = (typeof FIGURE_INPUT_REASONS)[number];

/**
 * A figure's arguments refused, with the argument at fault. Raised from the inputs
 * alone (dimensions, dates, ids, brackets), never from what the data holds, so that an
 * error tells a caller nothing about the people counted. Callers map `field` to their
 * own argument names instead of reading the message.
 */
export class FigureInputError extends RangeError {
  override readonly name = 'FigureInputError';

  constructor(
    message: string,
    /** The argument at fault: `by`, `at`, `brackets`, `filter.from`, `currency`, ... */
    readonly field: string,
    readonly reason: FigureInputReason,
    /** What the reason's message needs: `{ dimension: 'sex' }`, `{ cells: 12000, max: 10000 }`. */
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}
