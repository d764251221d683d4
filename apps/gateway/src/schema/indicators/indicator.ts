import { type IndicatorUnit, type Period, type Sector } from '@crc/domain';
import { indicatorProgress } from '@crc/metrics';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import { AdminAreaRef, areaOrNull } from '../geography/admin-area';
import { isoDateOf } from '../common/calendar-date';
import { SectorEnum } from '../common/vocabulary-enums';
import { describedTotalCount } from '../common/total-count';
import { uuidFromArgument } from '../common/ids';
import { IndicatorProgressRef, PeriodInput, PeriodRef } from './indicator-progress';
import { quantityOf, quantityText } from './indicator-quantity';
import { IndicatorUnitEnum } from './indicator-unit';

interface StoredFigure {
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly value: { toFixed(digits?: number): string };
}

const periodOf = (figure: StoredFigure): Period => ({
  start: isoDateOf(figure.periodStart),
  end: isoDateOf(figure.periodEnd),
});

/** The indicator's own span when no period is asked for: from its first to its last target or value. */
function spanOf(figures: readonly StoredFigure[]): Period | null {
  if (figures.length === 0) return null;
  const periods = figures.map(periodOf);
  return {
    start: periods.reduce((earliest, period) => (period.start < earliest ? period.start : earliest), periods[0]!.start),
    end: periods.reduce((latest, period) => (period.end > latest ? period.end : latest), periods[0]!.end),
  };
}

builder.prismaObject('IndicatorTarget', {
  description: 'The target of an indicator for one period (and area, when set), in the indicator’s unit.',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: 'The period the target is for.', resolve: periodOf }),
    value: t.field({
      type: 'Decimal',
      description: 'The target, in the indicator’s unit.',
      select: { indicator: { select: { unit: true } } },
      resolve: (target) => quantityText(target.indicator.unit as IndicatorUnit, target.value),
    }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'The area the target is for; null for the whole indicator.',
      resolve: (target) => areaOrNull(target.areaPcode),
    }),
  }),
});

builder.prismaObject('IndicatorValue', {
  description: 'The value an indicator reached in one period (and area, when set), in the indicator’s unit.',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: 'The period the value is for.', resolve: periodOf }),
    value: t.field({
      type: 'Decimal',
      description: 'The value reached, in the indicator’s unit.',
      select: { indicator: { select: { unit: true } } },
      resolve: (value) => quantityText(value.indicator.unit as IndicatorUnit, value.value),
    }),
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description: 'The area the value is for; null for the whole indicator.',
      resolve: (value) => areaOrNull(value.areaPcode),
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the value came from (report, survey, computed).',
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When the value was recorded.' }),
  }),
});

const IndicatorRef = builder.prismaNode('Indicator', {
  description: 'A results indicator of a programme or project, with targets and reported values per period. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. `CRP6-O3-01`.' }),
    name: t.exposeString('name', { description: 'What the indicator measures.' }),
    description: t.exposeString('description', { nullable: true, description: 'How it is measured.' }),
    ...vocabularyField(t, 'unit', {
      type: IndicatorUnitEnum,
      vocabulary: 'indicatorUnits',
      description: 'Unit of every target and value.',
    }),
    sector: t.field({
      type: SectorEnum,
      nullable: true,
      description: 'Sector of the indicator, if any.',
      resolve: (indicator) => indicator.sector as Sector | null,
    }),
    programme: t.relation('programme', {
      nullable: true,
      description: 'The programme the indicator belongs to (null for a project indicator).',
    }),
    project: t.relation('project', {
      nullable: true,
      description: 'The project the indicator belongs to (null for a programme indicator).',
    }),
    targets: t.relation('targets', {
      description: 'Targets per period, earliest first.',
      query: { orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }] },
    }),
    values: t.relation('values', {
      description: 'Reported values per period, earliest first.',
      query: { orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }] },
    }),
    progress: t.field({
      type: IndicatorProgressRef,
      nullable: true,
      description:
        'Actual against target for a period. Without `period`, the span from the first to the last target or value; null when the indicator has neither.',
      args: { period: t.arg({ type: PeriodInput, required: false, description: 'The period to measure.' }) },
      select: { targets: true, values: true },
      resolve: (indicator, args) => {
        const unit = indicator.unit as IndicatorUnit;
        const period = args.period ?? spanOf([...indicator.targets, ...indicator.values]);
        if (period === null) return null;
        return indicatorProgress(
          {
            unit,
            targets: indicator.targets.map((target) => ({
              period: periodOf(target),
              value: quantityOf(unit, target.value),
            })),
          },
          indicator.values.map((value) => ({ period: periodOf(value), value: quantityOf(unit, value.value) })),
          period,
        );
      },
    }),
  }),
});

builder.queryField('indicators', (t) =>
  t.prismaConnection(
    {
      type: IndicatorRef,
      description: 'Indicators of a programme and of its projects, by code. Public.',
      cursor: 'id',
      args: { programmeId: t.arg.id({ required: true, description: 'The programme’s global id (or its UUID).' }) },
      totalCount: async (_parent, args, context) => {
        const programmeId = uuidFromArgument(String(args.programmeId), 'Programme');
        return programmeId === null
          ? 0
          : context.prisma.indicator.count({ where: { OR: [{ programmeId }, { project: { programmeId } }] } });
      },
      resolve: async (query, _parent, args, context) => {
        const programmeId = uuidFromArgument(String(args.programmeId), 'Programme');
        if (programmeId === null) return [];
        return context.prisma.indicator.findMany({
          ...query,
          where: { OR: [{ programmeId }, { project: { programmeId } }] },
          orderBy: { code: 'asc' },
        });
      },
    },
    {
      description: 'A page of indicators.',
      fields: describedTotalCount('How many indicators match, across all pages.'),
    },
    { description: 'An indicator in a page of indicators.' },
  ),
);
