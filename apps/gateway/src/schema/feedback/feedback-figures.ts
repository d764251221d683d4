import {
  feedbackCounts,
  feedbackTimeliness,
  type FeedbackFigureDimension,
  type FeedbackFigureFilter,
  type KeyedCount,
} from '@crc/db';
import { defaultPerturbationTable, perturbationRulesOf, publishCount } from '@crc/metrics';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import type { Viewer } from '../../auth/viewer';
import { uuidOrNil } from '../common/ids';
import { FeedbackFigureDimensionEnum } from './feedback-enums';

/** PUBLIC and PARTNER see no entry, only figures published through the cell-key engine; staff and focal points count the entries they may see. */
function feedbackFiguresProtected(viewer: Viewer): boolean {
  return viewer.role === 'PUBLIC' || viewer.role === 'PARTNER';
}

/*
 * Feedback figures, protected like reach: for PUBLIC and PARTNER every count goes
 * through the cell-key method of @crc/metrics (`publishCount`), so the same entries
 * always give the same published value and small counts never appear; ADMIN and centre
 * staff get exact counts of what they may see. Restricted entries (sensitive, PSEA)
 * count only for focal points.
 */

/** Fewest closed entries (true count) for which protected viewers get the median and 90th percentile of days to close. */
export const MIN_CLOSED_FOR_PERCENTILES = 10;

interface FigureValue {
  readonly value: number | null;
  readonly hidden: boolean;
}

function figureOf(count: KeyedCount, context: GatewayContext): FigureValue {
  if (!feedbackFiguresProtected(context.viewer)) return { value: count.count, hidden: false };
  const published = publishCount(count.count, count.cellKey);
  return published.hidden ? { value: null, hidden: true } : { value: published.value, hidden: false };
}

const FeedbackFigureValueRef = builder.objectRef<FigureValue>('FeedbackFigureValue').implement({
  description: 'A count of feedback entries as the caller may see it.',
  fields: (t) => ({
    value: t.int({
      nullable: true,
      description: 'The count (perturbed for PUBLIC and PARTNER); null when withheld.',
      resolve: (figure) => figure.value,
    }),
    hidden: t.exposeBoolean('hidden', { description: 'True when withheld by disclosure control.' }),
  }),
});

interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly figure: FigureValue;
}

const FeedbackFigureRowRef = builder.objectRef<FigureRow>('FeedbackFigureRow').implement({
  description: 'One category, channel, governorate or month.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'The code: category or channel code, governorate p-code, or month YYYY-MM.',
    }),
    label: t.exposeString('label', { description: 'The key in the request’s language (months stay YYYY-MM).' }),
    count: t.field({ type: FeedbackFigureValueRef, description: 'Entries received.', resolve: (row) => row.figure }),
  }),
});

interface FeedbackFigures {
  readonly dimension: FeedbackFigureDimension;
  readonly rows: readonly FigureRow[];
  readonly total: FigureValue;
  readonly perturbed: boolean;
}

const FeedbackFiguresRef = builder.objectRef<FeedbackFigures>('FeedbackFigures').implement({
  description: 'Feedback entries received, by one dimension.',
  fields: (t) => ({
    dimension: t.field({
      type: FeedbackFigureDimensionEnum,
      description: 'The breakdown.',
      resolve: (figures) => figures.dimension,
    }),
    rows: t.field({
      type: [FeedbackFigureRowRef],
      description:
        'One row per code, in vocabulary order (categories the caller may not see are left out), then governorates or months in order.',
      resolve: (figures) => [...figures.rows],
    }),
    total: t.field({
      type: FeedbackFigureValueRef,
      description: 'All entries counted, perturbed on its own (not the sum of published rows).',
      resolve: (figures) => figures.total,
    }),
    perturbed: t.exposeBoolean('perturbed', {
      description: 'True when the counts passed through disclosure control (PUBLIC, PARTNER).',
    }),
    smallestPublishedValue: t.int({
      nullable: true,
      description: 'Smallest non-zero value a perturbed count can take; null for exact counts.',
      resolve: (figures) =>
        figures.perturbed ? perturbationRulesOf(defaultPerturbationTable()).smallestPublishedValue : null,
    }),
  }),
});

function rowLabel(context: GatewayContext, dimension: FeedbackFigureDimension, key: string): string {
  if (dimension === 'category') return context.i18n.vocabularyLabel('feedbackCategories', key);
  if (dimension === 'channel') return context.i18n.vocabularyLabel('feedbackChannels', key);
  if (dimension === 'area') return context.i18n.areaLabel(key);
  // Months are labelled by their ISO form (YYYY-MM): @crc/i18n formats whole dates only.
  return key;
}

const filterArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg({ type: 'Date', required: false, description: 'Received on or after.' }),
  to: t.arg({ type: 'Date', required: false, description: 'Received on or before.' }),
  centreId: t.arg.id({ required: false, description: 'One centre (global id or UUID).' }),
  programmeId: t.arg.id({
    required: false,
    description: 'One programme (global id or UUID), directly or through its projects.',
  }),
});

function filterOf(args: {
  from?: string | null;
  to?: string | null;
  centreId?: string | number | null;
  programmeId?: string | number | null;
}): FeedbackFigureFilter {
  return {
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    ...(args.centreId ? { centreId: uuidOrNil(String(args.centreId), 'Centre') } : {}),
    ...(args.programmeId ? { programmeId: uuidOrNil(String(args.programmeId), 'Programme') } : {}),
  };
}

interface Timeliness {
  readonly closed: FigureValue;
  readonly closedWithinDeadline: FigureValue;
  readonly sharePercent: number | null;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  readonly perturbed: boolean;
}

const FeedbackTimelinessRef = builder.objectRef<Timeliness>('FeedbackTimeliness').implement({
  description: 'How fast feedback is closed (entries received in the period).',
  fields: (t) => ({
    closed: t.field({
      type: FeedbackFigureValueRef,
      description: 'Entries closed.',
      resolve: (figures) => figures.closed,
    }),
    closedWithinDeadline: t.field({
      type: FeedbackFigureValueRef,
      description: 'Entries closed on or before their response deadline.',
      resolve: (figures) => figures.closedWithinDeadline,
    }),
    shareClosedWithinDeadlinePercent: t.float({
      nullable: true,
      description:
        'closedWithinDeadline / closed, in percent (from the published counts); null when either is withheld or none closed.',
      resolve: (figures) => figures.sharePercent,
    }),
    medianDaysToClose: t.int({
      nullable: true,
      description: `Median calendar days from receipt to closing; for PUBLIC and PARTNER only with at least ${MIN_CLOSED_FOR_PERCENTILES} closed entries.`,
      resolve: (figures) => figures.medianDays,
    }),
    p90DaysToClose: t.int({
      nullable: true,
      description: `90th percentile (nearest rank) of days to close; same condition.`,
      resolve: (figures) => figures.p90Days,
    }),
    perturbed: t.exposeBoolean('perturbed', { description: 'True when the counts passed through disclosure control.' }),
  }),
});

builder.queryFields((t) => ({
  feedbackFigures: t.field({
    type: FeedbackFiguresRef,
    description:
      'Feedback and complaints received, by category, channel, governorate or month. Everyone may ask; PUBLIC and PARTNER get counts through disclosure control (cell-key perturbation). Sensitive and PSEA entries count only for their focal points.',
    args: {
      by: t.arg({ type: FeedbackFigureDimensionEnum, required: true, description: 'The breakdown.' }),
      ...filterArgs(t),
    },
    resolve: async (_root, args, context) => {
      const counts = await feedbackCounts(context.prisma, context.viewer, args.by, filterOf(args));
      return {
        dimension: counts.dimension,
        rows: counts.rows.map((row) => ({
          key: row.key,
          label: rowLabel(context, counts.dimension, row.key),
          figure: figureOf(row, context),
        })),
        total: figureOf(counts.total, context),
        perturbed: feedbackFiguresProtected(context.viewer),
      };
    },
  }),
  feedbackTimeliness: t.field({
    type: FeedbackTimelinessRef,
    description:
      'The share of feedback closed within its deadline, and the median and 90th percentile of days to close; protected like `feedbackFigures`.',
    args: filterArgs(t),
    resolve: async (_root, args, context) => {
      const timeliness = await feedbackTimeliness(context.prisma, context.viewer, filterOf(args));
      const closed = figureOf(timeliness.closed, context);
      const within = figureOf(timeliness.closedWithinDeadline, context);
      const protectedViewer = feedbackFiguresProtected(context.viewer);
      const percentiles = !protectedViewer || timeliness.closed.count >= MIN_CLOSED_FOR_PERCENTILES;
      return {
        closed,
        closedWithinDeadline: within,
        sharePercent:
          closed.value && within.value !== null
            ? Math.round((1000 * Math.min(within.value, closed.value)) / closed.value) / 10
            : null,
        medianDays: percentiles ? timeliness.medianDaysToClose : null,
        p90Days: percentiles ? timeliness.p90DaysToClose : null,
        perturbed: protectedViewer,
      };
    },
  }),
}));
