import type { PrismaClient } from '@crc/db';
import type { PublishedFigureTable } from '../figures/published-figure-table';
import type { ReachSource } from '../figures/reach-source';
import { findProgramme, type ProgrammeRecord } from '../programme/find-programme';
import type { ReportPeriod } from '../programme/report-period';
import { donorContributions, type DonorContributions } from './figures/donor-contributions';
import { engagementCounts, type EngagementCount } from './figures/engagement-counts';
import { indicatorValues, type IndicatorFigure } from './figures/indicator-values';
import { projectsByGovernorate, type GovernorateCount } from './figures/projects-by-governorate';
import { projectsBySectorAndStatus, type SectorStatusCount } from './figures/projects-by-sector-and-status';
import { traced, type Traced } from './figures/traced';

/** Sectors whose indicators are livelihood packages and services (the snapshot's "Supporting Local Economies"). */
export const LIVELIHOOD_SECTORS: readonly string[] = [
  'sme_development',
  'business_services',
  'employment',
  'vocational_training',
];

/** Every figure of a programme snapshot, each traced to its query. */
export interface SnapshotData {
  readonly programme: ProgrammeRecord;
  readonly period: ReportPeriod;
  readonly computedAt: string;
  readonly donors: Traced<DonorContributions[]>;
  readonly projects: Traced<SectorStatusCount[]>;
  readonly governorates: Traced<GovernorateCount[]>;
  /** People reached by services under the programme's projects, by sector and sex, as published to the viewer. */
  readonly reach: Traced<PublishedFigureTable>;
  readonly engagement: Traced<EngagementCount[]>;
  readonly indicators: Traced<IndicatorFigure[]>;
}

export interface CollectSnapshotOptions {
  readonly programmeCode: string;
  readonly period: ReportPeriod;
  /** People figures as published to the viewer (protected for protected viewers). */
  readonly reach: ReachSource;
}

/** Reads every figure of the snapshot from the database (and people figures from the reach source). */
export async function collectSnapshot(prisma: PrismaClient, options: CollectSnapshotOptions): Promise<SnapshotData> {
  const { period } = options;
  const programme = await findProgramme(prisma, options.programmeCode);
  const computedAt = new Date();
  const [donors, projects, governorates, engagement, indicators] = [
    await donorContributions(prisma, programme.id, period),
    await projectsBySectorAndStatus(prisma, programme.id, period),
    await projectsByGovernorate(prisma, programme.id, period),
    await engagementCounts(prisma, programme.id, period),
    await indicatorValues(prisma, programme.id, period),
  ];
  const reachRequest = {
    by: ['SECTOR', 'SEX'] as const,
    filter: { programmeId: programme.id, from: period.from, to: period.to },
  };
  const reach = traced(
    'reach-by-sector-and-sex',
    await options.reach({ by: [...reachRequest.by], filter: reachRequest.filter }),
    `reach(by: [SECTOR, SEX], filter: { programme: ${programme.code}, from: ${period.from}, to: ${period.to} }): unique people served under the programme's projects, as published to this viewer`,
  );
  return {
    programme,
    period,
    computedAt: computedAt.toISOString(),
    donors,
    projects,
    governorates,
    reach,
    engagement,
    indicators,
  };
}
