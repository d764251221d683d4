import type { Prisma } from '@crc/db';
import type { AdminLevel, PopulationGroup } from '@crc/domain';
import { builder } from '../../builder';
import type { GatewayContext } from '../../context';
import { filterArea } from '../common/filter-area';
import { PopulationGroupEnum } from '../common/vocabulary-enums';
import { AdminLevelEnum } from '../geography/admin-area';
import { DisplacementSourceEnum } from './displacement-figure';

export const DisplacementFigureFilterInput = builder.inputType('DisplacementFigureFilter', {
  description: 'Conditions displacement figures must meet; all given conditions apply.',
  fields: (t) => ({
    areaPcode: t.string({
      required: false,
      description:
        'Figures of this area (any level) and of every area inside it, by p-code prefix: `IQG10` gives Diyala’s governorate, district and sub-district figures. Combine with `level` to get one level only (and not add a governorate total to its districts’).',
    }),
    level: t.field({ type: AdminLevelEnum, required: false, description: 'Only figures stored at exactly this level.' }),
    fromRound: t.int({ required: false, description: 'Rounds from this one (included).' }),
    toRound: t.int({ required: false, description: 'Rounds up to this one (included).' }),
    from: t.field({ type: 'Date', required: false, description: 'Reported on or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'Reported on or before this date.' }),
    populationGroup: t.field({ type: PopulationGroupEnum, required: false, description: 'Only this population group.' }),
    source: t.field({ type: DisplacementSourceEnum, required: false, description: 'Only figures from this source.' }),
  }),
});

export interface DisplacementFigureFilter {
  readonly areaPcode?: string | null;
  readonly level?: AdminLevel | null;
  readonly fromRound?: number | null;
  readonly toRound?: number | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly populationGroup?: PopulationGroup | null;
  readonly source?: string | null;
}

/** The Prisma condition of a filter (an unknown p-code is an input error, not an empty page). */
export function displacementFigureWhere(filter: DisplacementFigureFilter | null | undefined, context: GatewayContext): Prisma.DisplacementFigureWhereInput {
  if (!filter) return {};
  const where: Prisma.DisplacementFigureWhereInput = {};
  if (filter.areaPcode != null) where.areaPcode = { startsWith: filterArea(filter.areaPcode, context).pcode };
  if (filter.level != null) where.level = filter.level;
  if (filter.fromRound != null || filter.toRound != null)
    where.round = { ...(filter.fromRound != null ? { gte: filter.fromRound } : {}), ...(filter.toRound != null ? { lte: filter.toRound } : {}) };
  if (filter.from != null || filter.to != null)
    where.reportingDate = { ...(filter.from != null ? { gte: new Date(filter.from) } : {}), ...(filter.to != null ? { lte: new Date(filter.to) } : {}) };
  if (filter.populationGroup != null) where.populationGroup = filter.populationGroup;
  if (filter.source != null) where.source = filter.source;
  return where;
}
