import { DEFAULT_AGE_BRACKETS, todayInIraq, type AdminLevel } from '@crc/domain';
import { badInput } from '../common/bad-input';

/**
 * The bounds on the questions a protected viewer (anyone who does not see exact figures)
 * may ask of people figures, so that filters cannot single people out. They look at the
 * arguments alone, never at the data, so a refusal tells nothing about anyone:
 *
 * - periods are whole, completed months: `filter.from` is the first day of a month,
 *   `filter.to` the last day of a month no later than the last completed month (default:
 *   that month's end), so two windows differ by at least a month of deliveries and a
 *   figure does not change from one day to the next;
 * - `at` (the date ages are computed on) is the last day of a month; default `filter.to`;
 * - areas no finer than a district: `filter.areaPcode` names a governorate or a district,
 *   and `areaLevel` is GOVERNORATE or DISTRICT (sub-districts hold too few people);
 * - age brackets are the published ones (0–5, 6–17, 18–59, 60+) or unions of neighbouring
 *   ones: every lower bound in `ageBrackets` is one of 0, 6, 18, 60.
 */
export const PROTECTED_FINEST_AREA_LEVEL: AdminLevel = 'district';

export const PUBLISHED_AGE_LOWER_BOUNDS: readonly number[] = DEFAULT_AGE_BRACKETS.map((bracket) => bracket.minAge);

export interface ReachWindowArguments {
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  readonly at?: string | null | undefined;
  readonly areaPcodeLevel?: AdminLevel | undefined;
  readonly areaLevel?: AdminLevel | null | undefined;
  readonly ageBrackets?: readonly number[] | null | undefined;
}

export interface BoundedReachWindow {
  readonly from: string | undefined;
  readonly to: string;
  readonly at: string;
}

/** The window a protected viewer's figure covers, or a refusal naming the argument. */
export function boundedReachWindow(args: ReachWindowArguments, today: string = todayInIraq()): BoundedReachWindow {
  const lastCompleted = lastDayOfPreviousMonth(today);
  if (args.from != null && !args.from.endsWith('-01')) {
    throw badInput(
      'filter.from must be the first day of a month: figures about people cover whole months',
      'filter.from',
    );
  }
  if (args.to != null) {
    if (args.to !== lastDayOfMonthOf(args.to)) {
      throw badInput('filter.to must be the last day of a month: figures about people cover whole months', 'filter.to');
    }
    if (args.to > lastCompleted) {
      throw badInput(
        `filter.to must be no later than ${lastCompleted}, the end of the last completed month`,
        'filter.to',
      );
    }
  }
  const to = args.to ?? lastCompleted;
  if (args.from != null && args.from > to) throw badInput('filter.from must not be after filter.to', 'filter.from');
  if (args.at != null && args.at !== lastDayOfMonthOf(args.at)) {
    throw badInput('at must be the last day of a month for figures about people', 'at');
  }
  if (args.areaPcodeLevel === 'subdistrict') {
    throw badInput(
      'filter.areaPcode must name a governorate or a district: sub-districts hold too few people to publish',
      'filter.areaPcode',
    );
  }
  if (args.areaLevel === 'subdistrict') {
    throw badInput(
      'areaLevel must be GOVERNORATE or DISTRICT: sub-districts hold too few people to publish',
      'areaLevel',
    );
  }
  if (args.ageBrackets != null && args.ageBrackets.some((bound) => !PUBLISHED_AGE_LOWER_BOUNDS.includes(bound))) {
    throw badInput(
      `ageBrackets may only use the published lower bounds ${PUBLISHED_AGE_LOWER_BOUNDS.join(', ')}`,
      'ageBrackets',
    );
  }
  return { from: args.from ?? undefined, to, at: args.at ?? to };
}

/** The last day of the month of an ISO date. */
function lastDayOfMonthOf(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** The last day of the month before the month of an ISO date. */
function lastDayOfPreviousMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}
