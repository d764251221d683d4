import { z } from 'zod';
import type { AdminLevel } from '../geography/admin-level';
import { getArea } from '../geography/get-area';
import { DEFAULT_AGE_BRACKETS } from '../rules/age-brackets';
import { todayInIraq } from '../rules/today';
import { ruleParams, type RuleValues, type SchemaRule } from './schema-rule';

/** The finest area a protected figure about people is given for: sub-districts hold too few people. */
export const PROTECTED_FINEST_AREA_LEVEL: AdminLevel = 'district';

/** The lower bounds of the published age brackets (0–5, 6–17, 18–59, 60+). */
export const PUBLISHED_AGE_LOWER_BOUNDS: readonly number[] = DEFAULT_AGE_BRACKETS.map((bracket) => bracket.minAge);

/** The last day of the month of an ISO date. */
function lastDayOfMonthOf(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** The last day of the last month completed on `today` (the month before today's). */
export function lastCompletedMonthEnd(today: string = todayInIraq()): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
const QuestionShape = z.object({
  filter: optional(z.object({ from: optional(z.string()), to: optional(z.string()), areaPcode: optional(z.string()) })),
  at: optional(z.string()),
  areaLevel: optional(z.string()),
  ageBrackets: optional(z.array(z.number())),
});

/** The arguments of a figure about people that bear on who could be singled out. */
export type PeopleQuestion = z.input<typeof QuestionShape>;

/** The window a protected figure covers: `from` as asked, `to` defaulting to the last completed month's end, `at` to `to`. */
export interface ProtectedPeopleWindow {
  readonly from: string | undefined;
  readonly to: string;
  readonly at: string;
}

type Problem = readonly [path: readonly string[], rule: SchemaRule, message: string, values?: RuleValues];

function problemsOf(question: z.output<typeof QuestionShape>, lastCompleted: string): Problem[] {
  const { from, to, areaPcode } = question.filter ?? {};
  const problems: Problem[] = [];
  const wholeMonths = 'figures about people cover whole months';
  if (from != null && !from.endsWith('-01'))
    problems.push([
      ['filter', 'from'],
      'whole_months',
      `must be the first day of a month: ${wholeMonths}`,
      { day: 'first' },
    ]);
  if (to != null && to !== lastDayOfMonthOf(to))
    problems.push([
      ['filter', 'to'],
      'whole_months',
      `must be the last day of a month: ${wholeMonths}`,
      { day: 'last' },
    ]);
  else if (to != null && to > lastCompleted)
    problems.push([
      ['filter', 'to'],
      'completed_months',
      `must be no later than ${lastCompleted}, the end of the last completed month`,
      { lastCompleted },
    ]);
  if (from != null && from > (to ?? lastCompleted))
    problems.push([
      ['filter', 'from'],
      'from_after_to',
      `must not be after filter.to (${to ?? lastCompleted})`,
      { to: to ?? lastCompleted },
    ]);
  if (question.at != null && question.at !== lastDayOfMonthOf(question.at))
    problems.push([
      ['at'],
      'whole_months',
      'must be the last day of a month for figures about people',
      { day: 'last' },
    ]);
  const tooFine = 'sub-districts hold too few people to publish';
  if (areaPcode != null && getArea(areaPcode)?.level === 'subdistrict')
    problems.push([['filter', 'areaPcode'], 'area_too_fine', `must name a governorate or a district: ${tooFine}`]);
  if (question.areaLevel === 'subdistrict')
    problems.push([['areaLevel'], 'area_too_fine', `must be GOVERNORATE or DISTRICT: ${tooFine}`]);
  if (question.ageBrackets?.some((bound) => !PUBLISHED_AGE_LOWER_BOUNDS.includes(bound)))
    problems.push([
      ['ageBrackets'],
      'unpublished_age_brackets',
      `may only use the published lower bounds ${PUBLISHED_AGE_LOWER_BOUNDS.join(', ')}`,
      { bounds: PUBLISHED_AGE_LOWER_BOUNDS.join(', ') },
    ]);
  return problems;
}

/**
 * The bounds on the questions a protected viewer (anyone who does not see exact figures)
 * may ask of figures about people, so that filters cannot single people out. They read
 * the arguments alone, never the data, so a refusal tells nothing about anyone:
 *
 * - whole, completed months: `filter.from` the first day of a month, `filter.to` the last
 *   day of a month no later than the last completed one (its default), so two windows
 *   differ by at least a month of deliveries and a figure does not change from day to day;
 * - `at` (the day ages are computed on) the last day of a month;
 * - areas no finer than a district (`filter.areaPcode`, `areaLevel`);
 * - age brackets from the published lower bounds 0, 6, 18, 60 (or unions of neighbours).
 *
 * Each refusal is an issue at the argument's path with `params.rule` (`whole_months`,
 * `completed_months`, `from_after_to`, `area_too_fine`, `unpublished_age_brackets`) and
 * the values its message needs in `params.values` (`day`: `first` or `last`, `lastCompleted`,
 * `to`, `bounds`).
 * The output is the window the figure covers.
 */
export function protectedPeopleQuestionSchema(today: string = todayInIraq()) {
  const lastCompleted = lastCompletedMonthEnd(today);
  return QuestionShape.superRefine((question, context) => {
    for (const [path, rule, message, values] of problemsOf(question, lastCompleted))
      context.addIssue({ code: 'custom', path: [...path], message, params: ruleParams(rule, values) });
  }).transform((question): ProtectedPeopleWindow => {
    const to = question.filter?.to ?? lastCompleted;
    return { from: question.filter?.from ?? undefined, to, at: question.at ?? to };
  });
}
