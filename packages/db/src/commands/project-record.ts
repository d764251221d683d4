import { uniqueIdsSchema } from '@crc/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';

/**
 * Project fields the database keeps beyond @crc/domain's project schema (its
 * description and declared donors); validated beside it so all problems come back together.
 */
export const ProjectExtrasSchema = z.object({
  description: z.string().trim().max(5000).optional(),
  donorOrganisationIds: uniqueIdsSchema('donor').optional(),
});

/** What project commands return and the audit log keeps: the row and its declared donors (no personal data). */
export const PROJECT_RECORD = {
  id: true,
  code: true,
  programmeId: true,
  title: true,
  description: true,
  type: true,
  sector: true,
  status: true,
  areaPcode: true,
  implementingOrganisationId: true,
  startDate: true,
  endDate: true,
  targetIndividuals: true,
  targetHouseholds: true,
  donors: { select: { organisationId: true }, orderBy: { organisationId: 'asc' } },
} satisfies Prisma.ProjectSelect;

export type ProjectRecord = Prisma.ProjectGetPayload<{ select: typeof PROJECT_RECORD }>;
