import { FEEDBACK_STATUSES } from '@crc/domain';
import type { Prisma } from '../generated/prisma/client';
import { dateColumn } from '../commands/date-column';

const OPEN = FEEDBACK_STATUSES.filter((status) => status.open).map((status) => status.code);

/**
 * Entries still waiting for a response after their deadline (see isFeedbackOverdue),
 * as a filter to combine with visibleFeedbackWhere: those responsible see theirs.
 */
export function overdueFeedbackWhere(today: string): Prisma.FeedbackEntryWhereInput {
  return { status: { in: OPEN }, responseDueOn: { lt: dateColumn(today) } };
}
