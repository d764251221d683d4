import { type IatiActivityStatus, type ProjectType, type Sector } from '@crc/domain';
import type { Prisma } from '@crc/db';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { uuidFromArgument } from '../common/ids';
import { ActivityStatusEnum } from './activity-status';
import { ProjectTypeEnum } from './project-type';
import { SectorEnum } from '../common/vocabulary-enums';
import { filterArea } from '../common/filter-area';

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  description: 'Narrows a list of projects; every condition given must hold.',
  fields: (t) => ({
    programmeId: t.id({ required: false, description: 'Only projects of this programme (global id or UUID).' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'Only projects in this sector.' }),
    status: t.field({ type: ActivityStatusEnum, required: false, description: 'Only projects with this IATI activity status.' }),
    type: t.field({ type: ProjectTypeEnum, required: false, description: 'Only projects of this type.' }),
    areaPcode: t.string({
      required: false,
      description:
        'Only projects in this area or inside it: a governorate p-code (`IQG10`) includes its districts and sub-districts.',
    }),
    donorId: t.id({
      required: false,
      description: 'Only projects this organisation funds: a declared donor, or the donor of one of their funding transactions.',
    }),
  }),
});

export interface ProjectFilter {
  readonly programmeId?: string | number | null;
  readonly sector?: Sector | null;
  readonly status?: IatiActivityStatus | null;
  readonly type?: ProjectType | null;
  readonly areaPcode?: string | null;
  readonly donorId?: string | number | null;
}

/**
 * The Prisma `where` for a filter, or null when no project can match (an id that
 * names nothing). An unknown p-code is an error, not an empty page: p-codes are a
 * closed list and a typo must not look like "no projects here".
 */
export function projectWhere(filter: ProjectFilter | null | undefined, context: GatewayContext): Prisma.ProjectWhereInput | null {
  if (!filter) return {};
  const where: Prisma.ProjectWhereInput[] = [];
  if (filter.programmeId != null) {
    const programmeId = uuidFromArgument(String(filter.programmeId), 'Programme');
    if (programmeId === null) return null;
    where.push({ programmeId });
  }
  if (filter.sector != null) where.push({ sector: filter.sector });
  if (filter.status != null) where.push({ status: filter.status });
  if (filter.type != null) where.push({ type: filter.type });
  if (filter.areaPcode != null) {
    const area = filterArea(filter.areaPcode, context);
    // P-codes nest by prefix (IQG10 > IQG10Q05 > IQG10Q05N02) and have fixed widths per level.
    where.push({ areaPcode: { startsWith: area.pcode } });
  }
  if (filter.donorId != null) {
    const donorId = uuidFromArgument(String(filter.donorId), 'Organisation');
    if (donorId === null) return null;
    where.push({ OR: [{ donors: { some: { organisationId: donorId } } }, { funding: { some: { donorOrganisationId: donorId } } }] });
  }
  return { AND: where };
}
