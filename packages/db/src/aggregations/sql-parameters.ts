import { formatCalendarDate, toCalendarDate, type DateInput } from '@crc/domain';
import { FigureInputError } from './figure-input-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PCODE_PREFIX = /^[A-Za-z0-9]{1,16}$/;

/**
 * Checks of values before they become SQL parameters. They are always bound as
 * parameters (never spliced into the text); these checks turn a malformed value into a
 * FigureInputError naming the field, instead of a database error about a failed cast.
 */
export function isoDateParameter(input: DateInput, what: string): string {
  try {
    return formatCalendarDate(toCalendarDate(input, what));
  } catch (error) {
    throw new FigureInputError(error instanceof Error ? error.message : String(error), what, 'not_a_date');
  }
}

export function uuidParameter(input: string, what: string): string {
  if (!UUID.test(input))
    throw new FigureInputError(`${what} must be a UUID (got ${JSON.stringify(input)})`, what, 'not_an_id');
  return input.toLowerCase();
}

export function pcodePrefixParameter(input: string, what: string): string {
  if (!PCODE_PREFIX.test(input))
    throw new FigureInputError(
      `${what} must be an OCHA p-code or its prefix, e.g. IQG10 (got ${JSON.stringify(input)})`,
      what,
      'not_a_pcode',
    );
  return input.toUpperCase();
}
