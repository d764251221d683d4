import { WEEKDAYS, type Weekday } from '@crc/domain';
import { builder } from '../../builder';
import { vocabularyEnumValues } from '../common/vocabulary-enum';

export const WeekdayEnum = builder.enumType('Weekday', {
  description: 'A day of the week; the working week in Iraq starts on Sunday.',
  values: vocabularyEnumValues(WEEKDAYS, (day) => `${day.label}.`),
});

const WEEKDAY_ORDER: ReadonlyMap<string, number> = new Map(WEEKDAYS.map((day, index) => [day.code, index]));

/** Days in week order (Sunday first) whatever order they were stored in; unknown codes last. */
export function inWeekOrder(days: readonly string[]): Weekday[] {
  const position = (day: string) => WEEKDAY_ORDER.get(day) ?? WEEKDAYS.length;
  // Stored codes are validated against the vocabulary on write.
  return ([...days] as Weekday[]).sort((a, b) => position(a) - position(b));
}
