import type { Prisma } from '@crc/db';
import { maySeePersonalDataAt, type Viewer } from '../../auth/viewer';

/*
 * Who may see people. A beneficiary, and every service delivery and referral of that
 * person, is visible to ADMIN and to CENTRE_STAFF of the centre where the person is
 * registered; to nobody else. The lists filter rows with these conditions (so a staff
 * key never pages through other centres' people) and the types check every object
 * again (so no other path, node(id) included, can reach one).
 */

/** Never matches: for roles that see no people (the root fields refuse them anyway). */
const NOBODY = { in: [] as string[] };

/** The centres whose people the viewer sees; null means all (ADMIN). */
export function peopleCentresOf(viewer: Viewer): readonly string[] | null {
  if (viewer.role === 'ADMIN') return null;
  if (viewer.role === 'CENTRE_STAFF') return [...viewer.centreIds];
  return [];
}

/** Condition on Beneficiary.registrationCentreId for the people this viewer may see. */
export function visibleRegistrationCentres(viewer: Viewer): Prisma.StringFilter<'Beneficiary'> | undefined {
  const centres = peopleCentresOf(viewer);
  if (centres === null) return undefined;
  return centres.length === 0 ? NOBODY : { in: [...centres] };
}

/** Beneficiaries the viewer may see. */
export function visibleBeneficiaries(viewer: Viewer): Prisma.BeneficiaryWhereInput {
  const centres = visibleRegistrationCentres(viewer);
  return centres === undefined ? {} : { registrationCentreId: centres };
}

/** Whether the viewer may read and write the people of this centre. */
export function mayActAt(viewer: Viewer, centreId: string): boolean {
  return maySeePersonalDataAt(viewer, centreId);
}
