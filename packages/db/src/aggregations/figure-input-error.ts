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
  ) {
    super(message);
  }
}
