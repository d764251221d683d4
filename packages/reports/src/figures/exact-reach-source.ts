import { reachInSql, type RawQueryClient, type ReachDimension } from '@crc/db';
import { DEFAULT_AGE_BRACKETS, todayInIraq } from '@crc/domain';
import type { Translator } from '@crc/i18n';
import { TOTAL_COLUMN, type Dimension } from '@crc/metrics';
import { categoryLabel } from './category-label';
import type { PublishedFigureTable } from './published-figure-table';
import type { ReachDimensionName, ReachSource } from './reach-source';

const DIMENSION_OF: Record<ReachDimensionName, ReachDimension> = {
  SEX: 'sex',
  AGE_BRACKET: 'ageBracket',
  POPULATION_GROUP: 'populationGroup',
  DISABILITY_STATUS: 'disabilityStatus',
  AREA: 'area',
  SERVICE_TYPE: 'serviceType',
  SECTOR: 'sector',
};

const NAME_OF = (dimension: Dimension): ReachDimensionName =>
  dimension === 'governorate' || dimension === 'district' || dimension === 'subdistrict'
    ? 'AREA'
    : ((Object.entries(DIMENSION_OF).find(([, value]) => value === dimension)?.[0] ?? 'SEX') as ReachDimensionName);

const exact = (value: number) => ({ value, suppressed: false });

/**
 * Exact reach tables counted in the database (@crc/db reachInSql), for operators who
 * hold the database itself (the crc-report CLI). Never for a viewer of the gateway:
 * the gateway publishes through its own `reach` field (see ReachSource).
 */
export function exactReachSource(prisma: RawQueryClient, i18n: Translator): ReachSource {
  return async ({ by, filter, areaLevel }) => {
    const at = filter.to ?? todayInIraq();
    const table = await reachInSql(prisma, {
      filter,
      by: by.map((name) => DIMENSION_OF[name]),
      at,
      brackets: DEFAULT_AGE_BRACKETS,
      areaLevel: areaLevel ?? 'governorate',
    });
    const label = (dimension: Dimension, code: string) => ({
      dimension: NAME_OF(dimension),
      code,
      label: categoryLabel(i18n, dimension, code, DEFAULT_AGE_BRACKETS),
    });
    const published: PublishedFigureTable = {
      unit: 'INDIVIDUALS',
      rowDimensions: table.rowDimensions.map(NAME_OF),
      columnDimension: table.columnDimension === null ? null : NAME_OF(table.columnDimension),
      columns:
        table.columnDimension === null
          ? [{ dimension: null, code: TOTAL_COLUMN, label: i18n.t('gateway.figureTotal') }]
          : table.columns.map((code) => label(table.columnDimension!, code)),
      rows: table.rows.map((codes, row) => ({
        categories: codes.map((code, i) => label(table.rowDimensions[i]!, code)),
        cells: table.cells[row]!.map(exact),
        total: exact(table.rowTotals[row]!),
      })),
      columnTotals: table.columnTotals.map(exact),
      grandTotal: exact(table.grandTotal),
      suppressionThreshold: null,
    };
    return published;
  };
}
