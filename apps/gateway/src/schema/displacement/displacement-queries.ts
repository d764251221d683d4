import type { PopulationGroup } from '@crc/domain';
import { displacementChange, displacementSeries, returnRatio, type Change, type DisplacementPoint } from '@crc/metrics';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { badInput } from '../common/bad-input';
import { filterArea } from '../common/filter-area';
import { localeArg } from '../common/locale';
import { describedTotalCount } from '../common/total-count';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { vocabularyLabelIn } from '../common/vocabulary-label';
import { DisplacementFigureFilterInput, displacementFigureWhere } from './displacement-filter';
import { areaRoundTotals, latestRound } from './displacement-totals';
import './displacement-figure';

/** Longest series one request may ask for (rounds), so a typo in a round number cannot ask for millions of points. */
const MAX_SERIES_ROUNDS = 200;

const ChangeRef = builder.objectRef<Change>('DisplacementChangeAmount').implement({
  description: 'A change between two rounds; null when either round is missing (never computed from a zero that stands for “not reported”).',
  fields: (t) => ({
    absolute: t.exposeInt('absolute', { nullable: true, description: 'Later minus earlier, in individuals.' }),
    percent: t.exposeFloat('percent', { nullable: true, description: 'Change in percent of the earlier figure; null when that was 0.' }),
  }),
});

const SeriesPointRef = builder.objectRef<DisplacementPoint>('DisplacementSeriesPoint').implement({
  description: 'One round of an area’s series. Null means not reported in that round, not zero.',
  fields: (t) => ({
    round: t.exposeInt('roundNumber', { description: 'DTM round number.' }),
    idps: t.exposeInt('idps', { nullable: true, description: 'IDP individuals; null when not reported.' }),
    returnees: t.exposeInt('returnees', { nullable: true, description: 'Returnee individuals; null when not reported.' }),
    returnRatio: t.exposeFloat('returnRatio', { nullable: true, description: 'returnees / (returnees + IDPs), 0 to 1; null when either is missing or both are 0.' }),
    idpChange: t.field({ type: ChangeRef, description: 'IDPs: change since the previous round of the series.', resolve: (point) => point.idpChange }),
    returneeChange: t.field({ type: ChangeRef, description: 'Returnees: change since the previous round of the series.', resolve: (point) => point.returneeChange }),
    partial: t.exposeBoolean('partial', {
      description: 'True when an area inside this one that reports in other rounds did not report in this one: the total undercounts.',
    }),
  }),
});

interface GroupChange extends Change {
  readonly populationGroup: PopulationGroup;
  readonly fromValue: number | null;
  readonly toValue: number | null;
}

const GroupChangeRef = builder.objectRef<GroupChange>('DisplacementChange').implement({
  description: 'Change of one population group of an area between two rounds (@crc/metrics displacementChange).',
  fields: (t) => ({
    populationGroup: t.field({ type: PopulationGroupEnum, description: 'IDPS or RETURNEES.', resolve: (change) => change.populationGroup }),
    populationGroupLabel: t.string({
      description: '`populationGroup` in the requested language.',
      args: { locale: t.arg(localeArg) },
      resolve: (change, args, context) => vocabularyLabelIn(context, args.locale, 'populationGroups', change.populationGroup),
    }),
    from: t.exposeInt('fromValue', { nullable: true, description: 'Individuals in the earlier round; null when not reported.' }),
    to: t.exposeInt('toValue', { nullable: true, description: 'Individuals in the later round; null when not reported.' }),
    absolute: t.exposeInt('absolute', { nullable: true, description: '`to - from`; null when either is missing.' }),
    percent: t.exposeFloat('percent', { nullable: true, description: 'Change in percent of `from`; null when either is missing or `from` is 0.' }),
  }),
});

function emptyPoint(roundNumber: number): DisplacementPoint {
  const none = { absolute: null, percent: null };
  return { roundNumber, idps: null, returnees: null, returnRatio: null, idpChange: none, returneeChange: none, partial: false };
}

/** One total per group of an area in one round (the counting rule of displacement-totals). */
async function roundTotals(context: GatewayContext, pcode: string, round: number): Promise<{ idp: number | null; returnee: number | null }> {
  const totals = await areaRoundTotals(context.prisma, [pcode], { from: round, to: round }, 'root');
  const of = (group: string) => totals.find((total) => total.populationGroup === group)?.individuals ?? null;
  return { idp: of('idp'), returnee: of('returnee') };
}

builder.queryFields((t) => ({
  displacementFigures: t.prismaConnection(
    {
      type: 'DisplacementFigure',
      description: 'IOM DTM figures as stored (no summing), latest round first, then by area, group and location. Public.',
      cursor: 'id',
      args: { filter: t.arg({ type: DisplacementFigureFilterInput, required: false, description: 'Conditions the figures must meet.' }) },
      totalCount: (_parent, args, context) => context.prisma.displacementFigure.count({ where: displacementFigureWhere(args.filter, context) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.displacementFigure.findMany({
          ...query,
          where: displacementFigureWhere(args.filter, context),
          orderBy: [{ round: 'desc' }, { areaPcode: 'asc' }, { populationGroup: 'asc' }, { locationKey: 'asc' }, { id: 'asc' }],
        }),
    },
    { description: 'A page of displacement figures.', fields: describedTotalCount('How many figures match, across all pages.') },
    { description: 'A displacement figure in a page of figures.' },
  ),
  latestDisplacementRound: t.int({
    nullable: true,
    description: 'The highest DTM round with any figure (in the area when given); null when there is none. Document figures (round 0) do not count.',
    args: { areaPcode: t.arg.string({ required: false, description: 'Only figures of this area and the areas inside it.' }) },
    resolve: (_root, args, context) =>
      latestRound(context.prisma, args.areaPcode == null ? undefined : filterArea(args.areaPcode, context).pcode),
  }),
  displacementSeries: t.field({
    type: [SeriesPointRef],
    description:
      'Per-round totals of an area (the area and every area inside it, counted as in `AdminArea.displacement`), one point per round from `fromRound` to `toRound` (default: the area’s first and last DTM rounds). A round without figures is a point with nulls, not zeros (@crc/metrics displacementSeries).',
    args: {
      areaPcode: t.arg.string({ required: true, description: 'OCHA p-code of the area, any level.' }),
      populationGroup: t.arg({ type: PopulationGroupEnum, required: false, description: 'Only this group (the other one’s values are then null); default IDPs and returnees.' }),
      fromRound: t.arg.int({ required: false, description: 'First round of the series.' }),
      toRound: t.arg.int({ required: false, description: 'Last round of the series.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context);
      let { fromRound, toRound } = args;
      if (fromRound == null || toRound == null) {
        const observed = await context.prisma.displacementFigure.aggregate({
          _min: { round: true },
          _max: { round: true },
          where: { areaPcode: { startsWith: area.pcode }, round: { gt: 0 } },
        });
        fromRound ??= observed._min.round;
        toRound ??= observed._max.round;
      }
      if (fromRound == null || toRound == null) return [];
      if (toRound < fromRound) throw badInput(context.i18n.t('gateway.displacement.roundOrder'), 'toRound');
      if (toRound - fromRound + 1 > MAX_SERIES_ROUNDS)
        throw badInput(context.i18n.t('gateway.displacement.tooManyRounds', { max: MAX_SERIES_ROUNDS }), 'toRound');
      const rounds = Array.from({ length: toRound - fromRound + 1 }, (_, i) => fromRound + i);
      const totals = await areaRoundTotals(context.prisma, [area.pcode], { from: fromRound, to: toRound }, 'area');
      const observations = totals
        .filter((total) => args.populationGroup == null || total.populationGroup === args.populationGroup)
        .map((total) => ({ areaPcode: total.areaPcode, roundNumber: total.round, populationGroup: total.populationGroup, individuals: total.individuals }));
      const [series] = displacementSeries(observations, { rounds, level: area.level });
      return series?.points ?? rounds.map(emptyPoint);
    },
  }),
  displacementChange: t.field({
    type: [GroupChangeRef],
    description: 'How IDPs and returnees of an area (and the areas inside it) changed from one round to another, absolute and in percent (@crc/metrics displacementChange).',
    args: {
      areaPcode: t.arg.string({ required: true, description: 'OCHA p-code of the area, any level.' }),
      fromRound: t.arg.int({ required: true, description: 'The earlier round.' }),
      toRound: t.arg.int({ required: true, description: 'The later round.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context);
      const [before, after] = [await roundTotals(context, area.pcode, args.fromRound), await roundTotals(context, area.pcode, args.toRound)];
      return (['idp', 'returnee'] as const).map((group) => ({
        populationGroup: group,
        fromValue: before[group],
        toValue: after[group],
        ...displacementChange(before[group], after[group]),
      }));
    },
  }),
  returnRatio: t.float({
    nullable: true,
    description:
      'Returnees / (returnees + IDPs) of an area (and the areas inside it) in a round, 0 to 1 (@crc/metrics returnRatio); null when either figure is missing or both are 0.',
    args: {
      areaPcode: t.arg.string({ required: true, description: 'OCHA p-code of the area, any level.' }),
      round: t.arg.int({ required: false, description: 'The round; default the latest DTM round with any figure.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context);
      const round = args.round ?? (await latestRound(context.prisma));
      if (round === null) return null;
      const totals = await roundTotals(context, area.pcode, round);
      return returnRatio({ returnees: totals.returnee, idps: totals.idp });
    },
  }),
}));
