import { type EngagementType } from '@crc/domain';
import type { Prisma } from '@crc/db';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { dateColumn } from '../common/calendar-date';
import { uuidFromArgument } from '../common/ids';
import { EngagementTypeEnum } from './engagement-type';
import { filterArea } from '../common/filter-area';

export const EngagementEventFilterInput = builder.inputType('EngagementEventFilter', {
  description: 'Narrows a list of engagement events; every condition given must hold.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'Only events of this centre (global id or UUID).' }),
    projectId: t.id({ required: false, description: 'Only events of this project (global id or UUID).' }),
    programmeId: t.id({ required: false, description: 'Only events of projects of this programme (global id or UUID).' }),
    type: t.field({ type: EngagementTypeEnum, required: false, description: 'Only events of this kind.' }),
    areaPcode: t.string({ required: false, description: 'Only events in this area or inside it (a governorate includes its districts and sub-districts).' }),
    heldFrom: t.field({ type: 'Date', required: false, description: 'Only events held on or after this day.' }),
    heldTo: t.field({ type: 'Date', required: false, description: 'Only events held on or before this day.' }),
  }),
});

export interface EngagementEventFilter {
  readonly centreId?: string | number | null;
  readonly projectId?: string | number | null;
  readonly programmeId?: string | number | null;
  readonly type?: EngagementType | null;
  readonly areaPcode?: string | null;
  readonly heldFrom?: string | null;
  readonly heldTo?: string | null;
}

/** The Prisma `where` for a filter, or null when an id names nothing (no event can match). Unknown p-codes are errors. */
export function engagementEventWhere(
  filter: EngagementEventFilter | null | undefined,
  context: GatewayContext,
): Prisma.EngagementEventWhereInput | null {
  if (!filter) return {};
  const where: Prisma.EngagementEventWhereInput[] = [];
  const ids = [
    ['centreId', 'Centre'],
    ['projectId', 'Project'],
  ] as const;
  for (const [field, typename] of ids) {
    const value = filter[field];
    if (value == null) continue;
    const id = uuidFromArgument(String(value), typename);
    if (id === null) return null;
    where.push({ [field]: id });
  }
  if (filter.programmeId != null) {
    const programmeId = uuidFromArgument(String(filter.programmeId), 'Programme');
    if (programmeId === null) return null;
    where.push({ project: { programmeId } });
  }
  if (filter.type != null) where.push({ type: filter.type });
  if (filter.areaPcode != null) {
    const area = filterArea(filter.areaPcode, context);
    where.push({ areaPcode: { startsWith: area.pcode } });
  }
  if (filter.heldFrom != null) where.push({ heldOn: { gte: dateColumn(filter.heldFrom) } });
  if (filter.heldTo != null) where.push({ heldOn: { lte: dateColumn(filter.heldTo) } });
  return { AND: where };
}
