import type { RawQueryClient } from '@crc/db';
import type { ReportPeriod } from '../../programme/report-period';
import { traced, type Traced } from './traced';

export interface EngagementCount {
  readonly type: string;
  readonly events: number;
  readonly participantsFemale: number;
  readonly participantsMale: number;
}

/**
 * Assessments and engagement events held in the period: those of the programme's
 * projects, and those tied to no project and no centre (programme-level assessments;
 * an event does not record its programme otherwise, which the appendix says).
 */
export async function engagementCounts(
  prisma: RawQueryClient,
  programmeId: string,
  period: ReportPeriod,
): Promise<Traced<EngagementCount[]>> {
  const rows = await prisma.$queryRaw<{ type: string; events: number; female: number; male: number }[]>`
    SELECT e.type, COUNT(*)::int AS events, SUM(e.participants_female)::int AS female, SUM(e.participants_male)::int AS male
    FROM engagement_event e
    LEFT JOIN project p ON p.id = e.project_id
    WHERE e.held_on BETWEEN ${period.from}::date AND ${period.to}::date
      AND (p.programme_id = ${programmeId}::uuid OR (e.project_id IS NULL AND e.centre_id IS NULL))
    GROUP BY e.type
    ORDER BY COUNT(*) DESC, e.type`;
  return traced(
    'engagement-counts',
    rows.map((row) => ({
      type: row.type,
      events: row.events,
      participantsFemale: row.female,
      participantsMale: row.male,
    })),
    `SELECT type, COUNT(*), SUM(participants_female), SUM(participants_male) FROM engagement_event WHERE held_on BETWEEN ${period.from} AND ${period.to} AND (project in the programme OR (no project AND no centre)) GROUP BY type`,
  );
}
