import { PeriodSchema } from '@crc/domain';
import type { IndicatorProgress } from '@crc/metrics';
import { builder } from '../../builder';
import { IndicatorUnitEnum } from './indicator-unit';
import { quantityText } from './indicator-quantity';

export const PeriodRef = builder.objectRef<{ readonly start: string; readonly end: string }>('Period').implement({
  description: 'A date range, both ends included (Q1 2018 is 2018-01-01 to 2018-03-31).',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'First day.', resolve: (period) => period.start }),
    end: t.field({ type: 'Date', description: 'Last day.', resolve: (period) => period.end }),
  }),
});

export const PeriodInput = builder.inputType('PeriodInput', {
  description: 'A date range, both ends included. Validated with @crc/domain `PeriodSchema`.',
  validate: PeriodSchema,
  fields: (t) => ({
    start: t.field({ type: 'Date', required: true, description: 'First day.' }),
    end: t.field({ type: 'Date', required: true, description: 'Last day; not before the first.' }),
  }),
});

const AggregationEnum = builder.enumType('IndicatorAggregation', {
  description: 'How the values (and targets) of several sub-periods make one figure for a period.',
  values: {
    SUM: { value: 'sum', description: 'Added up: people reached per quarter add up to the year.' },
    LATEST: { value: 'latest', description: 'The latest one: rates and percentages do not add.' },
  } as const,
});

export const IndicatorProgressRef = builder.objectRef<IndicatorProgress>('IndicatorProgress').implement({
  description:
    'Actual against target for a period, with the indicator’s unit (the semantics of @crc/metrics `indicatorProgress`): values reported for sub-periods inside the period are summed (percentages: the latest); values only partly inside are left out.',
  fields: (t) => ({
    unit: t.field({
      type: IndicatorUnitEnum,
      description: 'Unit of `actual` and `target`.',
      resolve: (progress) => progress.unit,
    }),
    period: t.field({ type: PeriodRef, description: 'The period measured.', resolve: (progress) => progress.period }),
    actual: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'What was achieved in the period, in the unit; null when nothing was reported.',
      resolve: (progress) => (progress.actual === null ? null : quantityText(progress.unit, progress.actual)),
    }),
    target: t.field({
      type: 'Decimal',
      nullable: true,
      description:
        'The target for the period (or the sum of the targets of its sub-periods), in the unit; null when none is set.',
      resolve: (progress) => (progress.target === null ? null : quantityText(progress.unit, progress.target)),
    }),
    percentAchieved: t.float({
      nullable: true,
      description:
        'actual / target × 100, not capped (130 means over-achieved); null without an actual, without a target or with a zero target.',
      resolve: (progress) => progress.percentAchieved,
    }),
    aggregation: t.field({
      type: AggregationEnum,
      description: 'How sub-period figures were combined.',
      resolve: (progress) => progress.aggregation,
    }),
    valuesCounted: t.int({
      description: 'How many reported values fell inside the period.',
      resolve: (progress) => progress.valuesCounted,
    }),
  }),
});
