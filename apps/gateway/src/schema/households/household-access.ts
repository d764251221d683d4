import type { Prisma } from '@crc/db';
import type { Viewer } from '../../auth/viewer';
import { peopleCentresOf } from '../people/people-access';

/*
 * Households are personal data, as their members are: visible to ADMIN and to
 * CENTRE_STAFF of the household's centre, to no one else. Lists filter by it, and a
 * lookup by id (node, household, mutations) answers "nothing" for a household the
 * viewer may not see, exactly as for an id that does not exist: no existence oracle.
 */

/** Households the viewer may see. */
export function visibleHouseholds(viewer: Viewer): Prisma.HouseholdWhereInput {
  const centres = peopleCentresOf(viewer);
  return centres === null ? {} : { registrationCentreId: { in: [...centres] } };
}
