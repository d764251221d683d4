import { FigureInputError, householdReachInSql, reachInSql } from '@crc/db';
import {
  AgeBracketLowerBoundsSchema,
  DEFAULT_AGE_BRACKETS,
  defineAgeBrackets,
  FigureDimensionsSchema,
  KnownAreaPcodeSchema,
  PeopleCountUnitSchema,
  protectedPeopleQuestionSchema,
  todayInIraq,
  type AdminLevel,
  type AgeBracket,
  type PopulationGroup,
  type Sector,
  type ServiceType,
  type Sex,
} from '@crc/domain';
import { completeCategories, type Dimension } from '@crc/metrics';
import type { ReachFilter } from '@crc/db';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { argumentRefusal } from '../../errors/argument-validation-error';
import { validArguments } from '../../errors/valid-arguments';
import { AdminLevelEnum } from '../geography/admin-area';
import { PopulationGroupEnum, SectorEnum, ServiceTypeEnum, SexEnum } from '../common/vocabulary-enums';
import { globalIdSchema } from '../common/ids';
import { filterArea } from '../common/filter-area';
import { figureDisclosureFor } from './figure-disclosure';
import { figureRefusal } from './figure-refusal';
import { FigureTableRef, FigureUnitEnum } from './figure-table';
import { publishTable } from './publish-table';
import { ReachDimensionEnum } from './reach-dimension';

/** Larger tables are refused: nobody reads them, and they would be costly to count and send. */
export const MAX_FIGURE_CELLS = 10_000;

/** The brackets of the `ageBrackets` argument (its `validate` has refused bounds that make none). */
function bracketsOf(lowerBounds: readonly number[] | null | undefined): readonly AgeBracket[] {
  return lowerBounds == null ? DEFAULT_AGE_BRACKETS : defineAgeBrackets(lowerBounds);
}

builder.queryField('reach', (t) =>
  t.field({
    type: FigureTableRef,
    description:
      'People reached by services (unique reach: a person served five times counts once), broken down by up to four dimensions and counted in the database. Totals count distinct people too, so they can be less than the sum of their cells. Public. Exact figures for ADMIN, and for CENTRE_STAFF when `filter.centreId` is one of their centres; every other viewer gets every figure perturbed by the cell-key method (see `FigureTable.disclosure`) and bounded questions: whole completed months (`filter.from` the first of a month, `filter.to` the last day of a month up to the last completed one, default that), `at` the last day of a month (default `filter.to`), areas no finer than districts, age brackets from the published bounds 0, 6, 18, 60.',
    args: {
      filter: t.arg({
        type: ReachFilterInput,
        required: false,
        description: 'Which deliveries to count; default all.',
      }),
      by: t.arg({
        type: [ReachDimensionEnum],
        required: true,
        description: 'Dimensions, at most four, each once; the last is the columns. `[]` gives the total alone.',
        validate: FigureDimensionsSchema,
      }),
      at: t.arg({
        type: 'Date',
        required: false,
        description: 'The date ages are computed on (for AGE_BRACKET); default `filter.to`, else today in Iraq.',
      }),
      areaLevel: t.arg({
        type: AdminLevelEnum,
        required: false,
        description: 'The level AREA stands for; default GOVERNORATE.',
      }),
      unit: t.arg({
        type: FigureUnitEnum,
        required: false,
        description:
          'INDIVIDUALS (default): distinct people. HOUSEHOLDS: distinct households with at least one member counted (people in no household are not counted; population group and area are the household’s, and so is DISABILITY_STATUS: with disability when any member is, without when every member answered the six questions below the cut-off; SEX and AGE_BRACKET are refused), through the same disclosure control. DELIVERIES is refused.',
        validate: PeopleCountUnitSchema,
      }),
      ageBrackets: t.arg.intList({
        required: false,
        description:
          'Lower bounds of the age brackets, from 0, increasing; default `[0, 6, 18, 60]` (0–5, 6–17, 18–59, 60+).',
        validate: AgeBracketLowerBoundsSchema,
      }),
    },
    resolve: async (_root, args, context) => {
      const brackets = bracketsOf(args.ageBrackets);
      let filter = reachFilterOf(args.filter, context);
      const disclosure = figureDisclosureFor(context.viewer, { centreId: filter.centreId }, context.config);
      const areaLevel: AdminLevel = args.areaLevel ?? 'governorate';
      let at = args.at ?? args.filter?.to ?? todayInIraq();
      let categories: Partial<Record<Dimension, string[]>> = {};
      if (!disclosure.exact) {
        // Bounded questions, decided on the arguments alone (@crc/domain protectedPeopleQuestionSchema).
        const question = { filter: args.filter, at: args.at, areaLevel: args.areaLevel, ageBrackets: args.ageBrackets };
        const window = validArguments(protectedPeopleQuestionSchema(), question, context);
        filter = { ...filter, to: window.to };
        at = window.at;
        // Every category of every dimension: the shape of the table depends on the question alone.
        const dimensionsAsked = args.by.map((dimension): Dimension => (dimension === 'area' ? areaLevel : dimension));
        categories = Object.fromEntries(
          dimensionsAsked.map((dimension) => [
            dimension,
            completeCategories(dimension, { brackets, ...(filter.areaPcode ? { withinArea: filter.areaPcode } : {}) }),
          ]),
        );
      }
      let table;
      try {
        table =
          args.unit === 'households'
            ? await householdReachInSql(context.prisma, { filter, by: args.by, areaLevel, categories })
            : await reachInSql(context.prisma, { filter, by: args.by, at, brackets, areaLevel, categories });
      } catch (error) {
        // Refusals of the aggregation are decided on the arguments alone and name the one at fault.
        if (error instanceof FigureInputError) throw figureRefusal(error, context, { brackets: 'ageBrackets' });
        throw error;
      }
      const cells = table.rows.length * table.columns.length;
      if (cells > MAX_FIGURE_CELLS) {
        const message = `this table would have ${cells} cells (at most ${MAX_FIGURE_CELLS}): use fewer dimensions or a coarser areaLevel`;
        throw argumentRefusal(
          { field: 'by', rule: 'too_many_cells', message, values: { cells, max: MAX_FIGURE_CELLS } },
          context,
        );
      }
      const dimensions = [
        ...table.rowDimensions,
        ...(table.columnDimension ? [table.columnDimension] : []),
      ] as Dimension[];
      return publishTable(table, dimensions, { i18n: context.i18n, disclosure, brackets });
    },
  }),
);

export const ReachFilterInput = builder.inputType('ReachFilter', {
  description: 'Which service deliveries a reach figure counts; every condition given must hold.',
  fields: (t) => ({
    centreId: t.id({
      required: false,
      description: 'Only deliveries made by this centre (global id or UUID).',
      validate: globalIdSchema('Centre'),
    }),
    areaPcode: t.string({
      required: false,
      description:
        'Only people living in this area or inside it: a governorate p-code (`IQG10`) includes its districts and sub-districts.',
      validate: KnownAreaPcodeSchema,
    }),
    from: t.field({ type: 'Date', required: false, description: 'First delivery date counted (inclusive).' }),
    to: t.field({
      type: 'Date',
      required: false,
      description: 'Last delivery date counted (inclusive); also the default `at` for ages.',
    }),
    serviceType: t.field({ type: ServiceTypeEnum, required: false, description: 'Only deliveries of this service.' }),
    sector: t.field({
      type: SectorEnum,
      required: false,
      description: 'Only deliveries under projects of this sector.',
    }),
    programmeId: t.id({
      required: false,
      description: 'Only deliveries under projects of this programme (global id or UUID).',
      validate: globalIdSchema('Programme'),
    }),
    projectId: t.id({
      required: false,
      description: 'Only deliveries under this project (global id or UUID).',
      validate: globalIdSchema('Project'),
    }),
    populationGroup: t.field({
      type: PopulationGroupEnum,
      required: false,
      description: 'Only people of this population group.',
    }),
    sex: t.field({ type: SexEnum, required: false, description: 'Only people of this sex.' }),
  }),
});

export interface ReachFilterArgument {
  readonly centreId?: string | number | null;
  readonly areaPcode?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly serviceType?: ServiceType | null;
  readonly sector?: Sector | null;
  readonly programmeId?: string | number | null;
  readonly projectId?: string | number | null;
  readonly populationGroup?: PopulationGroup | null;
  readonly sex?: Sex | null;
}

/** The UUID of an id argument (its field's `validate: globalIdSchema` refused other ids already; so does this). */
function recordId(value: string | number | null | undefined, typename: string, field: string, context: GatewayContext) {
  return value == null ? undefined : validArguments(globalIdSchema(typename), value, context, field.split('.'));
}

/** The database filter for the argument. An unknown p-code is an error, not "nobody here": p-codes are a closed list. */
export function reachFilterOf(filter: ReachFilterArgument | null | undefined, context: GatewayContext): ReachFilter {
  if (!filter) return {};
  let areaPcode: string | undefined;
  if (filter.areaPcode != null) {
    areaPcode = filterArea(filter.areaPcode, context).pcode;
  }
  const entries: [keyof ReachFilter, string | undefined | null][] = [
    ['centreId', recordId(filter.centreId, 'Centre', 'filter.centreId', context)],
    ['areaPcode', areaPcode],
    ['from', filter.from],
    ['to', filter.to],
    ['serviceType', filter.serviceType],
    ['sector', filter.sector],
    ['programmeId', recordId(filter.programmeId, 'Programme', 'filter.programmeId', context)],
    ['projectId', recordId(filter.projectId, 'Project', 'filter.projectId', context)],
    ['populationGroup', filter.populationGroup],
    ['sex', filter.sex],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value != null));
}
