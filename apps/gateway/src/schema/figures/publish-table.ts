import type { AgeBracket } from '@crc/domain';
import type { Translator } from '@crc/i18n';
import { suppress, TOTAL_COLUMN, type CrossTable, type Dimension, type PublishedFigure } from '@crc/metrics';
import { categoryLabel } from './category-label';
import type { FigureTable, FigureValue } from './figure-table';
import { reachDimensionOf } from './reach-dimension';

export interface PublishOptions {
  readonly i18n: Translator;
  /** Small-cell threshold k for PUBLIC and PARTNER viewers; null for exact figures. */
  readonly suppressionK: number | null;
  readonly brackets: readonly AgeBracket[];
}

const shown = (value: number): FigureValue => ({ value, suppressed: false, reason: null });

/**
 * A counted table as the gateway publishes it: categories labelled in the request's
 * language, and, for viewers who need it, small cells suppressed by @crc/metrics
 * `suppress` (primary and complementary). Totals are published unchanged, except a
 * total that is itself from 1 to k - 1 (`smallTotals`): cell suppression cannot protect
 * it, and no figure about fewer than k people reaches these viewers, so it is hidden
 * as small-cell too.
 */
export function publishTable(table: CrossTable<Dimension>, dimensions: readonly Dimension[], options: PublishOptions): FigureTable {
  const { i18n, suppressionK: k, brackets } = options;
  const label = (dimension: Dimension, code: string) => ({ dimension: reachDimensionOf(dimension), code, label: categoryLabel(i18n, dimension, code, brackets) });
  const columns =
    table.columnDimension === null
      ? [{ dimension: null, code: TOTAL_COLUMN, label: i18n.t('gateway.figureTotal') }]
      : table.columns.map((code) => label(table.columnDimension!, code));

  let cellAt = (row: number, column: number): FigureValue => shown(table.cells[row]![column]!);
  let rowTotalAt = (row: number): FigureValue => shown(table.rowTotals[row]!);
  let columnTotalAt = (column: number): FigureValue => shown(table.columnTotals[column]!);
  let grandTotal = shown(table.grandTotal);
  if (k !== null) {
    const published = suppress(table, { k });
    const small = new Set(published.smallTotals.map((total) => `${total.kind}:${total.index}`));
    const figure = (value: PublishedFigure, key?: string): FigureValue => {
      if (value.hidden) return { value: null, suppressed: true, reason: value.reason };
      if (key !== undefined && small.has(key)) return { value: null, suppressed: true, reason: 'small-cell' };
      return shown(value.value);
    };
    cellAt = (row, column) => figure(published.cells[row]![column]!);
    rowTotalAt = (row) => figure(published.rowTotals[row]!, `row:${row}`);
    columnTotalAt = (column) => figure(published.columnTotals[column]!, `column:${column}`);
    grandTotal = figure(published.grandTotal, 'grand:0');
  }

  return {
    unit: table.unit,
    dimensions: dimensions.map(reachDimensionOf),
    rowDimensions: table.rowDimensions.map(reachDimensionOf),
    columnDimension: table.columnDimension === null ? null : reachDimensionOf(table.columnDimension),
    columns,
    rows: table.rows.map((codes, row) => ({
      categories: codes.map((code, i) => label(table.rowDimensions[i]!, code)),
      cells: table.columns.map((_, column) => cellAt(row, column)),
      total: rowTotalAt(row),
    })),
    columnTotals: table.columns.map((_, column) => columnTotalAt(column)),
    grandTotal,
    additive: table.additive,
    suppressionThreshold: k,
  };
}
