import { vocabularySchema } from './vocabulary';

/**
 * Days of the week, for centre opening days, starting on Sunday (the first working
 * day in Iraq). `jsDay` matches Date#getUTCDay(); `isoDay` is ISO 8601 (Monday 1).
 */
export const WEEKDAYS = [
  { code: 'sunday', label: 'Sunday', jsDay: 0, isoDay: 7 },
  { code: 'monday', label: 'Monday', jsDay: 1, isoDay: 1 },
  { code: 'tuesday', label: 'Tuesday', jsDay: 2, isoDay: 2 },
  { code: 'wednesday', label: 'Wednesday', jsDay: 3, isoDay: 3 },
  { code: 'thursday', label: 'Thursday', jsDay: 4, isoDay: 4 },
  { code: 'friday', label: 'Friday', jsDay: 5, isoDay: 5 },
  { code: 'saturday', label: 'Saturday', jsDay: 6, isoDay: 6 },
] as const;

export const WeekdaySchema = /* @__PURE__ */ vocabularySchema(WEEKDAYS, 'weekday');
export type Weekday = (typeof WEEKDAYS)[number]['code'];

/** CRCs "will be open from Sunday to Thursday" (IOM Iraq, Jalawla CRC opening). */
export const DEFAULT_OPENING_DAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
] as const satisfies readonly Weekday[];
