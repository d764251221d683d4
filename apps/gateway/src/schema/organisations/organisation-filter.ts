import type { Prisma } from '@crc/db';
import { builder } from '../../builder';
import { OrganisationTypeEnum } from '../common/vocabulary-enums';

export const OrganisationFilterInput = builder.inputType('OrganisationFilter', {
  description: 'Narrows a list of organisations; conditions combine with AND.',
  fields: (t) => ({
    type: t.field({ type: OrganisationTypeEnum, required: false, description: 'Only organisations of this IATI type.' }),
    search: t.string({
      required: false,
      description: 'Only organisations whose name, acronym or IATI identifier contains this text (case ignored).',
    }),
  }),
});

export interface OrganisationFilter {
  readonly type?: string | null;
  readonly search?: string | null;
}

/** The Prisma `where` for a filter; shared by the page query and `totalCount` so they always agree. */
export function organisationWhere(filter: OrganisationFilter | null | undefined): Prisma.OrganisationWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(filter?.type ? { type: filter.type } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { acronym: { contains: search, mode: 'insensitive' } },
            { iatiRef: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}
