import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  daysBetween,
  governorateOf,
  isRestrictedSensitivity,
} from '@crc/domain';
import { cellKeyOf } from '@crc/metrics';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { FeedbackReader } from './feedback-reader';
import { feedbackFigureWhere, figuresIncludeRestricted } from './feedback-visibility';

/** What feedback figures are broken down by. `area` is the governorate (of the entry's area, else its centre's). */
export const FEEDBACK_FIGURE_DIMENSIONS = ['category', 'channel', 'area', 'month'] as const;
export type FeedbackFigureDimension = (typeof FEEDBACK_FIGURE_DIMENSIONS)[number];

export interface FeedbackFigureFilter {
  /** Received on or after (ISO date). */
  readonly from?: string;
  /** Received on or before (ISO date). */
  readonly to?: string;
  readonly centreId?: string;
  readonly programmeId?: string;
}

/** A true count of entries with the cell key of the entries it counts (see @crc/metrics `publishCount`). */
export interface KeyedCount {
  readonly count: number;
  readonly cellKey: number;
}

export interface FeedbackCountRow extends KeyedCount {
  /** A category or channel code, a governorate p-code, or a month 'YYYY-MM'. */
  readonly key: string;
}

export interface FeedbackCounts {
  readonly dimension: FeedbackFigureDimension;
  readonly rows: readonly FeedbackCountRow[];
  readonly total: KeyedCount;
}

export interface FeedbackTimeliness {
  /** Entries closed (received in the period). */
  readonly closed: KeyedCount;
  /** Of those, closed on or before their response deadline. */
  readonly closedWithinDeadline: KeyedCount;
  /** Calendar days from receipt to closing: median and 90th percentile (nearest rank); null when none closed. */
  readonly medianDaysToClose: number | null;
  readonly p90DaysToClose: number | null;
}

interface FigureEntry {
  readonly id: string;
  readonly category: string;
  readonly channel: string;
  readonly sensitivity: string;
  readonly areaPcode: string | null;
  readonly receivedOn: Date;
  readonly responseDueOn: Date;
  readonly closedOn: Date | null;
  readonly centre: { readonly areaPcode: string } | null;
}

/**
 * The entries a reader's figures count, with their record keys. The visibility rule is
 * the Prisma filter every other read uses (feedbackFigureWhere); record keys are read
 * with SQL because the client never exposes them.
 */
async function figureEntries(prisma: PrismaClient, reader: FeedbackReader, filter: FeedbackFigureFilter) {
  const where: Prisma.FeedbackEntryWhereInput = {
    AND: [
      feedbackFigureWhere(reader),
      ...(filter.from ? [{ receivedOn: { gte: new Date(`${filter.from}T00:00:00Z`) } }] : []),
      ...(filter.to ? [{ receivedOn: { lte: new Date(`${filter.to}T00:00:00Z`) } }] : []),
      ...(filter.centreId ? [{ centreId: filter.centreId }] : []),
      ...(filter.programmeId
        ? [{ OR: [{ programmeId: filter.programmeId }, { project: { programmeId: filter.programmeId } }] }]
        : []),
    ],
  };
  const entries: FigureEntry[] = await prisma.feedbackEntry.findMany({
    where,
    select: {
      id: true,
      category: true,
      channel: true,
      sensitivity: true,
      areaPcode: true,
      receivedOn: true,
      responseDueOn: true,
      closedOn: true,
      centre: { select: { areaPcode: true } },
    },
  });
  const keys = new Map<string, number>();
  if (entries.length > 0) {
    const rows = await prisma.$queryRaw<{ id: string; record_key: number }[]>(
      Prisma.sql`SELECT id::text, record_key FROM feedback_entry WHERE id = ANY(${entries.map((entry) => entry.id)}::uuid[])`,
    );
    for (const row of rows) keys.set(row.id, Number(row.record_key));
  }
  const keyOf = (entry: FigureEntry) => {
    const key = keys.get(entry.id);
    if (key === undefined) throw new Error(`feedback entry ${entry.id} has no record key`);
    return key;
  };
  return { entries, keyOf };
}

function keyedCount(entries: readonly FigureEntry[], keyOf: (entry: FigureEntry) => number): KeyedCount {
  return { count: entries.length, cellKey: cellKeyOf(entries.map(keyOf)) };
}

function keyOfDimension(entry: FigureEntry, dimension: FeedbackFigureDimension): string | null {
  switch (dimension) {
    case 'category':
      return entry.category;
    case 'channel':
      return entry.channel;
    case 'month':
      return entry.receivedOn.toISOString().slice(0, 7);
    case 'area': {
      const pcode = entry.areaPcode ?? entry.centre?.areaPcode ?? null;
      return pcode === null ? null : governorateOf(pcode).pcode;
    }
  }
}

/** The rows a breakdown always lists (vocabulary order), before the ones found in the data. */
function fixedKeys(dimension: FeedbackFigureDimension, reader: FeedbackReader): readonly string[] {
  if (dimension === 'category') {
    const restrictedToo = figuresIncludeRestricted(reader);
    // A reader who may not see restricted entries gets no row for their categories: a row always 0 would still say "there are none".
    return FEEDBACK_CATEGORIES.filter(
      (category) => restrictedToo || !isRestrictedSensitivity(category.sensitivity),
    ).map((category) => category.code);
  }
  if (dimension === 'channel') return FEEDBACK_CHANNELS.map((channel) => channel.code);
  return [];
}

/**
 * Feedback entries by category, channel, governorate or month, as true counts with
 * cell keys: the gateway publishes them through disclosure control for PUBLIC and
 * PARTNER. Entries without an area (about a programme alone) count in the total only.
 */
export async function feedbackCounts(
  prisma: PrismaClient,
  reader: FeedbackReader,
  dimension: FeedbackFigureDimension,
  filter: FeedbackFigureFilter = {},
): Promise<FeedbackCounts> {
  const { entries, keyOf } = await figureEntries(prisma, reader, filter);
  const groups = new Map<string, FigureEntry[]>(fixedKeys(dimension, reader).map((key) => [key, []]));
  for (const entry of entries) {
    const key = keyOfDimension(entry, dimension);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  }
  const fixed = new Set(fixedKeys(dimension, reader));
  const found = [...groups.keys()].filter((key) => !fixed.has(key)).sort();
  const order = [...fixed, ...found];
  return {
    dimension,
    rows: order.map((key) => ({ key, ...keyedCount(groups.get(key) ?? [], keyOf) })),
    total: keyedCount(entries, keyOf),
  };
}

/** The value at the nearest rank of a percentile in sorted values (p in (0, 100]). */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

/** How fast feedback is closed: the share closed within the deadline, median and 90th-percentile days to close. */
export async function feedbackTimeliness(
  prisma: PrismaClient,
  reader: FeedbackReader,
  filter: FeedbackFigureFilter = {},
): Promise<FeedbackTimeliness> {
  const { entries, keyOf } = await figureEntries(prisma, reader, filter);
  const closed = entries.filter((entry) => entry.closedOn !== null);
  const onTime = closed.filter((entry) => entry.closedOn !== null && entry.closedOn <= entry.responseDueOn);
  const days = closed
    .map((entry) =>
      daysBetween(
        entry.receivedOn.toISOString().slice(0, 10),
        (entry.closedOn ?? entry.receivedOn).toISOString().slice(0, 10),
      ),
    )
    .sort((a, b) => a - b);
  return {
    closed: keyedCount(closed, keyOf),
    closedWithinDeadline: keyedCount(onTime, keyOf),
    medianDaysToClose: nearestRank(days, 50),
    p90DaysToClose: nearestRank(days, 90),
  };
}
