import type { RawQueryClient } from '@crc/db';
import type { ReportPeriod } from '../../programme/report-period';
import { traced, type Traced } from './traced';

export interface SectorStatusCount {
  readonly sector: string;
  readonly status: string;
  readonly projects: number;
  /** Sum of the projects' targeted individuals (null targets count as none). */
  readonly targetIndividuals: number;
}

/** The programme's projects started by the end of the period (or without a start date), by sector and status. */
export async function projectsBySectorAndStatus(
  prisma: RawQueryClient,
  programmeId: string,
  period: ReportPeriod,
): Promise<Traced<SectorStatusCount[]>> {
  const rows = await prisma.$queryRaw<{ sector: string; status: string; projects: number; target: number }[]>`
    SELECT sector, status, COUNT(*)::int AS projects, COALESCE(SUM(target_individuals), 0)::int AS target
    FROM project
    WHERE programme_id = ${programmeId}::uuid AND (start_date IS NULL OR start_date <= ${period.to}::date)
    GROUP BY sector, status
    ORDER BY sector, status`;
  return traced(
    'projects-by-sector-and-status',
    rows.map((row) => ({
      sector: row.sector,
      status: row.status,
      projects: row.projects,
      targetIndividuals: row.target,
    })),
    `SELECT sector, status, COUNT(*), SUM(target_individuals) FROM project WHERE programme = <programme> AND (start_date IS NULL OR start_date <= ${period.to}) GROUP BY sector, status`,
  );
}
