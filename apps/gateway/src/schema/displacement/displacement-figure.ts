import {
  COUNTRY_PCODE,
  DISPLACEMENT_SOURCES,
  DisplacementRoundRangeSchema,
  getArea,
  KnownAreaPcodeSchema,
  KnownDisplacementOriginSchema,
  UNKNOWN_DIMENSION,
  type AdminLevel,
  type PopulationGroup,
} from '@crc/domain';
import { areaRoundTotals, latestRound, type Prisma } from '@crc/db';
import { displacementChange, displacementSeries, returnRatio, type Change, type DisplacementPoint } from '@crc/metrics';
import { builder } from '../../builder';
import { vocabularyField } from '../common/vocabulary-field';
import type { GatewayContext } from '../../context';
import { vocabularyEnumValues } from '../common/vocabulary-enum';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { AdminAreaRef, AdminLevelEnum } from '../geography/admin-area';
import { filterArea } from '../common/filter-area';
import { validArguments } from '../../errors/valid-arguments';
import { describedTotalCount } from '../common/total-count';

export const DisplacementSourceEnum = builder.enumType('DisplacementSource', {
  description: 'Where a displacement figure comes from. Label: `sourceLabel`.',
  values: vocabularyEnumValues(DISPLACEMENT_SOURCES),
});

/** DTM figures are public aggregates (counts per area and round, never people). */
const DisplacementFigureRef = builder.prismaNode('DisplacementFigure', {
  description:
    'One IOM DTM figure: individuals (and households) of one population group in one area (or one location inside it), or in all of Iraq (`national`), in one round and on one reporting date (DTM reports some rounds twice), optionally split by origin, displacement reason and shelter type. Round 0 marks a figure quoted in an IOM document, dated by `reportingDate` only. Public.',
  id: { field: 'id' },
  fields: (t) => ({
    area: t.field({
      type: AdminAreaRef,
      nullable: true,
      description:
        'The area the figure is for (the deepest level the source gives); null for a national figure (see `national`).',
      resolve: (figure) => getArea(figure.areaPcode) ?? null,
    }),
    level: t.field({
      type: AdminLevelEnum,
      nullable: true,
      description: 'Level of `area`; null for a national figure.',
      resolve: (figure) => (figure.areaPcode === COUNTRY_PCODE ? null : (figure.level as AdminLevel)),
    }),
    national: t.boolean({
      description:
        'True for a figure of all of Iraq (DTM admin0 rows, national rows of the HDX files). Never added to area figures.',
      resolve: (figure) => figure.areaPcode === COUNTRY_PCODE,
    }),
    origin: t.field({
      type: AdminAreaRef,
      nullable: true,
      description:
        'For IDPs the governorate of origin, for returnees the governorate of last displacement, when the figure is split by it; null when it is not split or the origin is unknown (`originUnknown`).',
      resolve: (figure) =>
        figure.origin === '' || figure.origin === UNKNOWN_DIMENSION ? null : (getArea(figure.origin) ?? null),
    }),
    originUnknown: t.boolean({
      description:
        'True when the source splits by origin but does not know this part’s origin (DTM’s “Not available”).',
      resolve: (figure) => figure.origin === UNKNOWN_DIMENSION,
    }),
    displacementReason: t.string({
      nullable: true,
      description:
        'DTM’s displacement reason (e.g. “Conflict”), as DTM writes it, or `unknown`; null when the figure is not split by reason.',
      resolve: (figure) => (figure.displacementReason === '' ? null : figure.displacementReason),
    }),
    shelterType: t.string({
      nullable: true,
      description:
        'Master-list shelter type (e.g. “Camp”), as the list writes it, or `unknown`; null when the figure is not split by shelter.',
      resolve: (figure) => (figure.shelterType === '' ? null : figure.shelterType),
    }),
    males: t.exposeInt('males', {
      nullable: true,
      description: 'Of the individuals, males, when the source gives them (DTM v3 often does not).',
    }),
    females: t.exposeInt('females', {
      nullable: true,
      description: 'Of the individuals, females, when the source gives them.',
    }),
    locationCode: t.exposeString('locationCode', {
      nullable: true,
      description: 'DTM location id when the figure is for one location inside the area; null for an area total.',
    }),
    locationName: t.exposeString('locationName', {
      nullable: true,
      description: 'DTM location name, as the source writes it.',
    }),
    round: t.exposeInt('round', {
      description: 'DTM round number; 0 for a figure quoted in an IOM document (no round).',
    }),
    reportingDate: t.expose('reportingDate', {
      type: 'Date',
      description: 'Date the figure was reported (or is “as of”).',
    }),
    ...vocabularyField(t, 'populationGroup', {
      type: PopulationGroupEnum,
      vocabulary: 'populationGroups',
      description: 'Whom the figure counts: IDPS or RETURNEES.',
    }),
    individuals: t.exposeInt('individuals', { description: 'Individuals counted.' }),
    households: t.exposeInt('households', {
      nullable: true,
      description: 'Households (families) counted; null when the source gives none.',
    }),
    ...vocabularyField(t, 'source', {
      type: DisplacementSourceEnum,
      vocabulary: 'displacementSources',
      description: 'Where the figure comes from.',
    }),
    sourceRef: t.exposeString('sourceRef', {
      nullable: true,
      description:
        'The row at the source: DTM API id, file row, or the IOM document and what it says. Generated demo figures say “Illustrative”.',
    }),
  }),
});

export const DisplacementFigureFilterInput = builder.inputType('DisplacementFigureFilter', {
  description: 'Conditions displacement figures must meet; all given conditions apply.',
  fields: (t) => ({
    areaPcode: t.string({
      required: false,
      description:
        'Figures of this area (any level) and of every area inside it, by p-code prefix: `IQG10` gives Diyala’s governorate, district and sub-district figures. Combine with `level` to get one level only (and not add a governorate total to its districts’).',
      validate: KnownAreaPcodeSchema,
    }),
    level: t.field({
      type: AdminLevelEnum,
      required: false,
      description: 'Only figures stored at exactly this level.',
    }),
    fromRound: t.int({ required: false, description: 'Rounds from this one (included).' }),
    toRound: t.int({ required: false, description: 'Rounds up to this one (included).' }),
    from: t.field({ type: 'Date', required: false, description: 'Reported on or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'Reported on or before this date.' }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      required: false,
      description: 'Only this population group.',
    }),
    source: t.field({ type: DisplacementSourceEnum, required: false, description: 'Only figures from this source.' }),
    national: t.boolean({
      required: false,
      description:
        'True: only national figures (all of Iraq). False or absent: only figures of areas (so `area` is set).',
    }),
    origin: t.string({
      required: false,
      description:
        'Only figures of people from this governorate (p-code, DTM’s IRQ-G form accepted), or `unknown` for those whose origin DTM does not know.',
      validate: KnownDisplacementOriginSchema,
    }),
    displacementReason: t.string({
      required: false,
      description: 'Only figures split by this displacement reason, as DTM writes it (e.g. `Conflict`).',
    }),
  }),
});

export interface DisplacementFigureFilter {
  readonly areaPcode?: string | null;
  readonly level?: AdminLevel | null;
  readonly fromRound?: number | null;
  readonly toRound?: number | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly populationGroup?: PopulationGroup | null;
  readonly source?: string | null;
  readonly national?: boolean | null;
  readonly origin?: string | null;
  readonly displacementReason?: string | null;
}

/** A filter's origin, read as @crc/domain `KnownDisplacementOriginSchema` reads it (a governorate p-code or `unknown`). */
export function filterOrigin(origin: string, context: GatewayContext, field = 'filter.origin'): string {
  return validArguments(KnownDisplacementOriginSchema, origin, context, field.split('.'));
}

/** The Prisma condition of a filter (an unknown p-code is an input error, not an empty page). */
export function displacementFigureWhere(
  filter: DisplacementFigureFilter | null | undefined,
  context: GatewayContext,
): Prisma.DisplacementFigureWhereInput {
  // National figures have no area: a client asks for them, so old clients never meet a null `area`.
  const where: Prisma.DisplacementFigureWhereInput = filter?.national
    ? { areaPcode: COUNTRY_PCODE }
    : { areaPcode: { not: COUNTRY_PCODE } };
  if (!filter) return where;
  // An OCHA p-code prefix (IQG...) never matches the country's IQ.
  if (filter.areaPcode != null && !filter.national)
    where.areaPcode = { startsWith: filterArea(filter.areaPcode, context).pcode };
  if (filter.origin != null) where.origin = filterOrigin(filter.origin, context);
  if (filter.displacementReason != null) where.displacementReason = filter.displacementReason.trim();
  if (filter.level != null) where.level = filter.level;
  if (filter.fromRound != null || filter.toRound != null)
    where.round = {
      ...(filter.fromRound != null ? { gte: filter.fromRound } : {}),
      ...(filter.toRound != null ? { lte: filter.toRound } : {}),
    };
  if (filter.from != null || filter.to != null)
    where.reportingDate = {
      ...(filter.from != null ? { gte: new Date(filter.from) } : {}),
      ...(filter.to != null ? { lte: new Date(filter.to) } : {}),
    };
  if (filter.populationGroup != null) where.populationGroup = filter.populationGroup;
  if (filter.source != null) where.source = filter.source;
  return where;
}

/** Longest series one request may ask for (rounds), so a typo in a round number cannot ask for millions of points. */

const ChangeRef = builder.objectRef<Change>('DisplacementChangeAmount').implement({
  description:
    'A change between two rounds; null when either round is missing (never computed from a zero that stands for “not reported”).',
  fields: (t) => ({
    absolute: t.exposeInt('absolute', { nullable: true, description: 'Later minus earlier, in individuals.' }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'Change in percent of the earlier figure; null when that was 0.',
    }),
  }),
});

const SeriesPointRef = builder.objectRef<DisplacementPoint>('DisplacementSeriesPoint').implement({
  description: 'One round of an area’s series. Null means not reported in that round, not zero.',
  fields: (t) => ({
    round: t.exposeInt('roundNumber', { description: 'DTM round number.' }),
    idps: t.exposeInt('idps', { nullable: true, description: 'IDP individuals; null when not reported.' }),
    returnees: t.exposeInt('returnees', {
      nullable: true,
      description: 'Returnee individuals; null when not reported.',
    }),
    returnRatio: t.exposeFloat('returnRatio', {
      nullable: true,
      description: 'returnees / (returnees + IDPs), 0 to 1; null when either is missing or both are 0.',
    }),
    idpChange: t.field({
      type: ChangeRef,
      description: 'IDPs: change since the previous round of the series.',
      resolve: (point) => point.idpChange,
    }),
    returneeChange: t.field({
      type: ChangeRef,
      description: 'Returnees: change since the previous round of the series.',
      resolve: (point) => point.returneeChange,
    }),
    partial: t.exposeBoolean('partial', {
      description:
        'True when an area inside this one that reports in other rounds did not report in this one: the total undercounts.',
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
    ...vocabularyField(t, 'populationGroup', {
      type: PopulationGroupEnum,
      vocabulary: 'populationGroups',
      description: 'IDPS or RETURNEES.',
    }),
    from: t.exposeInt('fromValue', {
      nullable: true,
      description: 'Individuals in the earlier round; null when not reported.',
    }),
    to: t.exposeInt('toValue', {
      nullable: true,
      description: 'Individuals in the later round; null when not reported.',
    }),
    absolute: t.exposeInt('absolute', { nullable: true, description: '`to - from`; null when either is missing.' }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'Change in percent of `from`; null when either is missing or `from` is 0.',
    }),
  }),
});

function emptyPoint(roundNumber: number): DisplacementPoint {
  const none = { absolute: null, percent: null };
  return {
    roundNumber,
    idps: null,
    returnees: null,
    returnRatio: null,
    idpChange: none,
    returneeChange: none,
    partial: false,
  };
}

/** One total per group of an area in one round (the counting rule of displacement-totals). */
async function roundTotals(
  context: GatewayContext,
  pcode: string,
  round: number,
): Promise<{ idp: number | null; returnee: number | null }> {
  const totals = await areaRoundTotals(context.prisma, [pcode], { from: round, to: round }, 'root');
  const of = (group: string) => totals.find((total) => total.populationGroup === group)?.individuals ?? null;
  return { idp: of('idp'), returnee: of('returnee') };
}

builder.queryFields((t) => ({
  displacementFigures: t.prismaConnection(
    {
      type: DisplacementFigureRef,
      description:
        'IOM DTM figures as stored (no summing), latest round first, then by area, group and location. Public.',
      cursor: 'id',
      args: {
        filter: t.arg({
          type: DisplacementFigureFilterInput,
          required: false,
          description: 'Conditions the figures must meet.',
        }),
      },
      totalCount: (_parent, args, context) =>
        context.prisma.displacementFigure.count({ where: displacementFigureWhere(args.filter, context) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.displacementFigure.findMany({
          ...query,
          where: displacementFigureWhere(args.filter, context),
          orderBy: [
            { round: 'desc' },
            { areaPcode: 'asc' },
            { populationGroup: 'asc' },
            { locationKey: 'asc' },
            { id: 'asc' },
          ],
        }),
    },
    {
      description: 'A page of displacement figures.',
      fields: describedTotalCount('How many figures match, across all pages.'),
    },
    { description: 'A displacement figure in a page of figures.' },
  ),
  latestDisplacementRound: t.int({
    nullable: true,
    description:
      'The highest DTM round with any figure (in the area when given); null when there is none. Document figures (round 0) do not count.',
    args: {
      areaPcode: t.arg.string({
        required: false,
        description: 'Only figures of this area and the areas inside it.',
        validate: KnownAreaPcodeSchema,
      }),
    },
    resolve: (_root, args, context) =>
      latestRound(
        context.prisma,
        args.areaPcode == null ? undefined : filterArea(args.areaPcode, context, 'areaPcode').pcode,
      ),
  }),
  displacementSeries: t.field({
    type: [SeriesPointRef],
    description:
      'Per-round totals of an area (the area and every area inside it, counted as in `AdminArea.displacement`), one point per round from `fromRound` to `toRound` (default: the area’s first and last DTM rounds). A round without figures is a point with nulls, not zeros (@crc/metrics displacementSeries).',
    args: {
      areaPcode: t.arg.string({
        required: true,
        description: 'OCHA p-code of the area, any level.',
        validate: KnownAreaPcodeSchema,
      }),
      populationGroup: t.arg({
        type: PopulationGroupEnum,
        required: false,
        description: 'Only this group (the other one’s values are then null); default IDPs and returnees.',
      }),
      fromRound: t.arg.int({ required: false, description: 'First round of the series.' }),
      toRound: t.arg.int({ required: false, description: 'Last round of the series.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context, 'areaPcode');
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
      // After the defaults, which come from the data: the field's `validate` could not see them.
      validArguments(DisplacementRoundRangeSchema, { fromRound, toRound }, context);
      const rounds = Array.from({ length: toRound - fromRound + 1 }, (_, i) => fromRound + i);
      const totals = await areaRoundTotals(context.prisma, [area.pcode], { from: fromRound, to: toRound }, 'area');
      const observations = totals
        .filter((total) => args.populationGroup == null || total.populationGroup === args.populationGroup)
        .map((total) => ({
          areaPcode: total.areaPcode,
          roundNumber: total.round,
          populationGroup: total.populationGroup,
          individuals: total.individuals,
        }));
      const [series] = displacementSeries(observations, { rounds, level: area.level });
      return series?.points ?? rounds.map(emptyPoint);
    },
  }),
  displacementChange: t.field({
    type: [GroupChangeRef],
    description:
      'How IDPs and returnees of an area (and the areas inside it) changed from one round to another, absolute and in percent (@crc/metrics displacementChange).',
    args: {
      areaPcode: t.arg.string({
        required: true,
        description: 'OCHA p-code of the area, any level.',
        validate: KnownAreaPcodeSchema,
      }),
      fromRound: t.arg.int({ required: true, description: 'The earlier round.' }),
      toRound: t.arg.int({ required: true, description: 'The later round.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context, 'areaPcode');
      const [before, after] = [
        await roundTotals(context, area.pcode, args.fromRound),
        await roundTotals(context, area.pcode, args.toRound),
      ];
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
      areaPcode: t.arg.string({
        required: true,
        description: 'OCHA p-code of the area, any level.',
        validate: KnownAreaPcodeSchema,
      }),
      round: t.arg.int({ required: false, description: 'The round; default the latest DTM round with any figure.' }),
    },
    resolve: async (_root, args, context) => {
      const area = filterArea(args.areaPcode, context, 'areaPcode');
      const round = args.round ?? (await latestRound(context.prisma));
      if (round === null) return null;
      const totals = await roundTotals(context, area.pcode, round);
      return returnRatio({ returnees: totals.returnee, idps: totals.idp });
    },
  }),
}));
