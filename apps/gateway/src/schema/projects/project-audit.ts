import type { Prisma } from '@crc/db';

/** What the audit log keeps of a project: its row and its declared donors. */
export const PROJECT_AUDIT_SELECTION = {
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
