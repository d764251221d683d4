import type { RawQueryClient } from '@crc/db';
import { getArea, governorateOf } from '@crc/domain';
import type { ReportPeriod } from '../../programme/report-period';
import { traced, type Traced } from './traced';

export interface GovernorateCount {
  readonly pcode: string;
  readonly projects: number;
}

/** The programme's projects started by the end of the period, per governorate (a project's area rolled up). */
export async function projectsByGovernorate(
  prisma: RawQueryClient,
  programmeId: string,
  period: ReportPeriod,
): Promise<Traced<GovernorateCount[]>> {
  const rows = await prisma.$queryRaw<{ area: string; projects: number }[]>`
    SELECT area_pcode AS area, COUNT(*)::int AS projects
    FROM project
    WHERE programme_id = ${programmeId}::uuid AND area_pcode IS NOT NULL AND (start_date IS NULL OR start_date <= ${period.to}::date)
    GROUP BY area_pcode`;
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (getArea(row.area) === undefined) continue;
    const governorate = governorateOf(row.area).pcode;
    counts.set(governorate, (counts.get(governorate) ?? 0) + row.projects);
  }
  return traced(
    'projects-by-governorate',
    [...counts].map(([pcode, projects]) => ({ pcode, projects })).sort((a, b) => a.pcode.localeCompare(b.pcode)),
    `SELECT area_pcode, COUNT(*) FROM project WHERE programme = <programme> AND (start_date IS NULL OR start_date <= ${period.to}) GROUP BY area_pcode; rolled up to governorates by p-code`,
  );
}
