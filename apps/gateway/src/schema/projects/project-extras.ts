import { uniqueIdsSchema } from '@crc/domain';
import { z } from 'zod';

/**
 * Project fields the database keeps beyond @crc/domain's project schema (its
 * description and declared donors); validated beside it so all problems come back together.
 */
export const ProjectExtrasSchema = z.object({
  description: z.string().trim().max(5000).optional(),
  donorOrganisationIds: uniqueIdsSchema('donor').optional(),
});
