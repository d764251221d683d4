import type { ReachFilter } from '@crc/db';
import { type PopulationGroup, type Sector, type ServiceType, type Sex } from '@crc/domain';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { PopulationGroupEnum, SectorEnum, ServiceTypeEnum, SexEnum } from '../common/vocabulary-enums';
import { uuidFromArgument } from '../common/ids';
import { badInput } from '../common/bad-input';
import { filterArea } from '../common/filter-area';

export const ReachFilterInput = builder.inputType('ReachFilter', {
  description: 'Which service deliveries a reach figure counts; every condition given must hold.',
  fields: (t) => ({
    centreId: t.id({ required: false, description: 'Only deliveries made by this centre (global id or UUID).' }),
    areaPcode: t.string({
      required: false,
      description: 'Only people living in this area or inside it: a governorate p-code (`IQG10`) includes its districts and sub-districts.',
    }),
    from: t.field({ type: 'Date', required: false, description: 'First delivery date counted (inclusive).' }),
    to: t.field({ type: 'Date', required: false, description: 'Last delivery date counted (inclusive); also the default `at` for ages.' }),
    serviceType: t.field({ type: ServiceTypeEnum, required: false, description: 'Only deliveries of this service.' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'Only deliveries under projects of this sector.' }),
    programmeId: t.id({ required: false, description: 'Only deliveries under projects of this programme (global id or UUID).' }),
    projectId: t.id({ required: false, description: 'Only deliveries under this project (global id or UUID).' }),
    populationGroup: t.field({ type: PopulationGroupEnum, required: false, description: 'Only people of this population group.' }),
    sex: t.field({ type: SexEnum, required: false, description: 'Only people of this sex.' }),
  }),
});

export interface ReachFilterArgument {
  readonly centreId?: string | number | null;
  readonly areaPcode?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly serviceType?: ServiceType | null;
  readonly sector?: Sector | null;
  readonly programmeId?: string | number | null;
  readonly projectId?: string | number | null;
  readonly populationGroup?: PopulationGroup | null;
  readonly sex?: Sex | null;
}

function recordId(value: string | number | null | undefined, typename: string, field: string): string | undefined {
  if (value == null) return undefined;
  const id = uuidFromArgument(String(value), typename);
  if (id === null) throw badInput(`${field} must be the global id or UUID of a ${typename}`, field);
  return id;
}

/** The database filter for the argument. An unknown p-code is an error, not "nobody here": p-codes are a closed list. */
export function reachFilterOf(filter: ReachFilterArgument | null | undefined, context: GatewayContext): ReachFilter {
  if (!filter) return {};
  let areaPcode: string | undefined;
  if (filter.areaPcode != null) {
    areaPcode = filterArea(filter.areaPcode, context).pcode;
  }
  const entries: [keyof ReachFilter, string | undefined | null][] = [
    ['centreId', recordId(filter.centreId, 'Centre', 'filter.centreId')],
    ['areaPcode', areaPcode],
    ['from', filter.from],
    ['to', filter.to],
    ['serviceType', filter.serviceType],
    ['sector', filter.sector],
    ['programmeId', recordId(filter.programmeId, 'Programme', 'filter.programmeId')],
    ['projectId', recordId(filter.projectId, 'Project', 'filter.projectId')],
    ['populationGroup', filter.populationGroup],
    ['sex', filter.sex],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value != null)) as ReachFilter;
}
