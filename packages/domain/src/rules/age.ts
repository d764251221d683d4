import { compareCalendarDates, formatCalendarDate, toCalendarDate, type DateInput } from './calendar-date';

/**
 * Age in completed years on a date. A person born on 29 February completes a year on
 * 1 March in common years (they have not reached 29 February yet on the 28th), the
 * rule most civil registries apply.
 * @throws RangeError when a date is invalid or the birth date is after `at`.
 */
export function ageAt(birthDate: DateInput, at: DateInput): number {
  const birth = toCalendarDate(birthDate, 'birth date');
  const on = toCalendarDate(at, 'reference date');
  if (compareCalendarDates(birth, on) > 0) {
    throw new RangeError(
      `birth date ${formatCalendarDate(birth)} is after the date the age is asked for (${formatCalendarDate(on)})`,
    );
  }
  const birthdayReached = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayReached ? 0 : 1);
}
