import type { IndicatorQuantity, IndicatorUnit, Period } from '@crc/domain';
import { atCommonScale, formatExactDecimal, ratioOf, toExactDecimal } from './exact-decimal';

/** The parts of an indicator progress needs (a @crc/domain `Indicator` fits). */
export interface IndicatorWithTargets {
  readonly unit: IndicatorUnit;
  readonly currency?: string;
  readonly targets: readonly { readonly period: Period; readonly value: IndicatorQuantity }[];
}

/** A reported value (a @crc/domain `IndicatorValue` fits). */
export interface ReportedValue {
  readonly period: Period;
  readonly value: IndicatorQuantity;
}

/** How values (and targets) of several sub-periods make one figure for the period. */
export type IndicatorAggregation = 'sum' | 'latest';

export interface IndicatorProgress {
  readonly unit: IndicatorUnit;
  readonly currency: string | null;
  readonly period: Period;
  /** Actual for the period, in the indicator's unit (a decimal string for money); null when nothing was reported. */
  readonly actual: IndicatorQuantity | null;
  /** Target for the period; null when none is set. */
  readonly target: IndicatorQuantity | null;
  /** actual / target × 100; null when either is missing or the target is 0. Not capped: 130 means over-achieved. */
  readonly percentAchieved: number | null;
  readonly aggregation: IndicatorAggregation;
  /** How many reported values fell inside the period. */
  readonly valuesCounted: number;
}

/**
 * Actual against target for a period, with the unit carried through.
 *
 * The actual is made of the reported values whose period lies inside `period`: summed
 * (people reached per quarter add up to the year) or, for percentages, the latest
 * (rates do not add). `aggregation` overrides the default. The target is the one set
 * for exactly `period`, or else the targets of the sub-periods inside it, aggregated
 * the same way. Values that only partly overlap the period are left out: their share of
 * the period is unknown. Money is summed exactly as decimals.
 *
 * ```ts
 * indicatorProgress(
 *   { unit: 'individuals', targets: [{ period: { start: '2024-01-01', end: '2024-12-31' }, value: 2000 }] },
 *   [{ period: { start: '2024-01-01', end: '2024-03-31' }, value: 400 }, { period: { start: '2024-04-01', end: '2024-06-30' }, value: 700 }],
 *   { start: '2024-01-01', end: '2024-12-31' },
 * ); // { unit: 'individuals', actual: 1100, target: 2000, percentAchieved: 55, ... }
 * ```
 */
export function indicatorProgress(
  indicator: IndicatorWithTargets,
  values: readonly ReportedValue[],
  period: Period,
  options: { readonly aggregation?: IndicatorAggregation } = {},
): IndicatorProgress {
  if (period.end < period.start) throw new RangeError(`period ends (${period.end}) before it starts (${period.start})`);
  const aggregation = options.aggregation ?? (indicator.unit === 'percent' ? 'latest' : 'sum');
  const inside = values.filter((value) => isInside(value.period, period));
  const exactTarget = indicator.targets.filter(
    (target) => target.period.start === period.start && target.period.end === period.end,
  );
  const targets =
    exactTarget.length > 0 ? exactTarget : indicator.targets.filter((target) => isInside(target.period, period));

  const actual = combine(inside, aggregation, indicator.unit, 'value');
  const target = combine(targets, aggregation, indicator.unit, 'target');
  let percentAchieved: number | null = null;
  if (actual !== null && target !== null) {
    const { digits } = atCommonScale([toExactDecimal(actual), toExactDecimal(target)]);
    const [actualDigits = 0n, targetDigits = 0n] = digits;
    percentAchieved = targetDigits === 0n ? null : ratioOf(actualDigits * 100n, targetDigits);
  }
  return {
    unit: indicator.unit,
    currency: indicator.currency ?? null,
    period,
    actual,
    target,
    percentAchieved,
    aggregation,
    valuesCounted: inside.length,
  };
}

function isInside(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function combine(
  figures: readonly { readonly period: Period; readonly value: IndicatorQuantity }[],
  aggregation: IndicatorAggregation,
  unit: IndicatorUnit,
  what: string,
): IndicatorQuantity | null {
  if (figures.length === 0) return null;
  for (const figure of figures) {
    const isMoney = typeof figure.value === 'string';
    if (isMoney !== (unit === 'currency')) {
      throw new TypeError(
        `${what} ${JSON.stringify(figure.value)} for ${figure.period.start}..${figure.period.end} does not fit the unit ${unit}: money is a decimal string, other units are numbers`,
      );
    }
  }
  if (aggregation === 'latest') {
    const latest = [...figures].sort((a, b) =>
      a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0,
    );
    return latest[latest.length - 1]!.value;
  }
  const exact = atCommonScale(figures.map((figure, index) => toExactDecimal(figure.value, `${what} ${index + 1}`)));
  const sum = exact.digits.reduce((total, digits) => total + digits, 0n);
  const text = formatExactDecimal(sum, exact.scale);
  return unit === 'currency' ? text : Number(text);
}
