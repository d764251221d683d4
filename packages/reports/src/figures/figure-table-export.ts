import type { MessageKey, Translator } from '@crc/i18n';
import type { ExportColumn, ExportTable } from '../table/export-table';
import { categoryAttribute, dimensionHashtag, figureHashtag } from './hxl-tags';
import type { PublishedFigureTable, PublishedFigureValue } from './published-figure-table';
import { REACH_DIMENSION_NAMES } from './reach-source';

export interface FigureTableExportOptions {
  readonly i18n: Translator;
  readonly title: string;
  /** The level AREA stands for in the table (default governorate). */
  readonly areaLevel?: 'governorate' | 'district' | 'subdistrict';
  /** Extra lines for the notes: the query, the date computed. */
  readonly notes?: readonly string[];
}

const valueOf = (figure: PublishedFigureValue): number | null => (figure.suppressed ? null : figure.value);

/**
 * A published figure table as an export: for each row dimension a label and a code
 * column, one column per published column and the row total; the column totals and the
 * grand total as a last row. Values are the published ones, hidden ones empty.
 */
export function figureTableExport(table: PublishedFigureTable, options: FigureTableExportOptions): ExportTable {
  const { i18n } = options;
  const figureTag = figureHashtag(table.unit);
  const dimensionLabel = (dimension: string) => i18n.t(dimensionLabelKey(dimension));
  const columns: ExportColumn[] = [
    ...table.rowDimensions.flatMap((dimension): ExportColumn[] => {
      const tag = dimensionHashtag(dimension, options.areaLevel);
      return [
        { label: dimensionLabel(dimension), hxl: `${tag}+name`, kind: 'text' },
        { label: `${dimensionLabel(dimension)} (${i18n.t('report.column.code')})`, hxl: `${tag}+code`, kind: 'text' },
      ];
    }),
    ...(table.columnDimension === null
      ? []
      : table.columns.map((column): ExportColumn => ({
          label: column.label,
          hxl: `${figureTag}${categoryAttribute(column.dimension, column.code)}`,
          kind: 'count',
        }))),
    { label: i18n.t('gateway.figureTotal'), hxl: `${figureTag}+total`, kind: 'count' },
  ];
  const rows = table.rows.map((row) => [
    ...row.categories.flatMap((category) => [category.label, category.code]),
    ...(table.columnDimension === null ? [] : row.cells.map(valueOf)),
    valueOf(row.total),
  ]);
  const totalLabel = i18n.t('gateway.figureTotal');
  // A table by no dimension is its total alone; any other gets a last row of column totals and the grand total.
  if (table.rowDimensions.length > 0)
    rows.push([
      ...table.rowDimensions.flatMap(() => [totalLabel, 'total']),
      ...(table.columnDimension === null ? [] : table.columnTotals.map(valueOf)),
      valueOf(table.grandTotal),
    ]);
  const protection =
    table.suppressionThreshold === null
      ? i18n.t('report.note.exactFigures')
      : i18n.t('report.note.protectedFigures', { k: table.suppressionThreshold });
  return {
    title: options.title,
    sheetName: options.title,
    direction: i18n.direction,
    columns,
    rows,
    notes: [protection, i18n.t('report.note.distinctTotals'), ...(options.notes ?? [])],
  };
}

function dimensionLabelKey(dimension: string): MessageKey {
  if (!(REACH_DIMENSION_NAMES as readonly string[]).includes(dimension))
    throw new RangeError(`unknown reach dimension ${JSON.stringify(dimension)}`);
  return `report.dimension.${dimension}` as MessageKey;
}
