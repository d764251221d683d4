import { FEEDBACK_CATEGORIES, type FeedbackCategory } from '../vocabularies/feedback-categories';
import { FEEDBACK_SENSITIVITIES, type FeedbackSensitivity } from '../vocabularies/feedback-sensitivities';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../vocabularies/feedback-statuses';
import { formatCalendarDate, toCalendarDate } from './calendar-date';

function categoryEntry(category: FeedbackCategory) {
  const entry = FEEDBACK_CATEGORIES.find((candidate) => candidate.code === category);
  if (!entry) throw new RangeError(`"${category}" is not a feedback category`);
  return entry;
}

/** The sensitivity that follows from a category (never chosen by hand). */
export function sensitivityOfCategory(category: FeedbackCategory): FeedbackSensitivity {
  return categoryEntry(category).sensitivity;
}

/** Whether entries of this sensitivity are reserved to feedback focal points. */
export function isRestrictedSensitivity(sensitivity: FeedbackSensitivity): boolean {
  return FEEDBACK_SENSITIVITIES.find((entry) => entry.code === sensitivity)?.restricted ?? true;
}

/** Calendar days the programme has to respond to feedback of this category. */
export function responseDaysOf(category: FeedbackCategory): number {
  return categoryEntry(category).responseDays;
}

/** The date 'YYYY-MM-DD' `days` calendar days after `isoDate`. */
export function addCalendarDays(isoDate: string, days: number): string {
  const date = toCalendarDate(isoDate);
  return formatCalendarDate(toCalendarDate(new Date(Date.UTC(date.year, date.month - 1, date.day + days))));
}

/** The last day on which a response is on time: the day received plus the category's response days. */
export function responseDueOn(receivedOn: string, category: FeedbackCategory): string {
  return addCalendarDays(receivedOn, responseDaysOf(category));
}

/** Whether an entry still waits for its response (received, acknowledged or referred). */
export function isOpenFeedbackStatus(status: FeedbackStatus): boolean {
  return FEEDBACK_STATUSES.find((entry) => entry.code === status)?.open ?? false;
}

/** An entry is overdue when it still waits for a response after its due date. */
export function isFeedbackOverdue(entry: { status: FeedbackStatus; responseDueOn: string }, today: string): boolean {
  return isOpenFeedbackStatus(entry.status) && today > entry.responseDueOn;
}

/** Whole calendar days from receipt to closing (0 when closed the day it came in). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  const from = toCalendarDate(fromIsoDate, 'from');
  const to = toCalendarDate(toIsoDate, 'to');
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );
}
