import type { AgeBracket } from '@crc/domain';
import type { Translator } from '@crc/i18n';
import { publish, TOTAL_COLUMN, type Dimension, type KeyedCrossTable, type ProtectedFigure } from '@crc/metrics';

/** A counted table with its cell keys: people (reachInSql) or households (householdReachInSql). */
type KeyedReachTable = KeyedCrossTable<Dimension> & {
  readonly unit: 'individuals' | 'households';
  readonly additive: boolean;
};
import { categoryLabel } from '@crc/reports';
import { disclosureControlOf, type FigureTable, type FigureValue } from './figure-table';
import type { FigureDisclosure } from './figure-disclosure';
import { reachDimensionOf } from './reach-dimension';

export interface PublishOptions {
  readonly i18n: Translator;
  /** Exact figures, or the perturbation table of the cell-key method. */
  readonly disclosure: FigureDisclosure;
  readonly brackets: readonly AgeBracket[];
}

const shown = (value: number): FigureValue => ({ value, suppressed: false, reason: null });

/** A figure of the engine as the schema carries it. */
export function figureValueOf(figure: ProtectedFigure): FigureValue {
  return figure.hidden ? { value: null, suppressed: true, reason: figure.reason } : shown(figure.value);
}

/**
 * A counted table as the gateway publishes it: categories labelled in the request's
 * language; for viewers who may not see exact figures, every cell and every total
 * perturbed by @crc/metrics `publish` (the cell-key method). This is the one path by
 * which a table of people, or of households, reaches a protected viewer.
 */
export function publishTable(
  table: KeyedReachTable,
  dimensions: readonly Dimension[],
  options: PublishOptions,
): FigureTable {
  const { i18n, disclosure, brackets } = options;
  const label = (dimension: Dimension, code: string) => ({
    dimension: reachDimensionOf(dimension),
    code,
    label: categoryLabel(i18n, dimension, code, brackets),
  });
  const columns =
    table.columnDimension === null
      ? [{ dimension: null, code: TOTAL_COLUMN, label: i18n.t('gateway.figureTotal') }]
      : table.columns.map((code) => label(table.columnDimension!, code));

  const figures = disclosure.exact
    ? {
        cells: table.cells.map((row) => row.map(shown)),
        rowTotals: table.rowTotals.map(shown),
        columnTotals: table.columnTotals.map(shown),
        grandTotal: shown(table.grandTotal),
      }
    : protectedFigures(table, disclosure);

  return {
    unit: table.unit,
    dimensions: dimensions.map(reachDimensionOf),
    rowDimensions: table.rowDimensions.map(reachDimensionOf),
    columnDimension: table.columnDimension === null ? null : reachDimensionOf(table.columnDimension),
    columns,
    rows: table.rows.map((codes, row) => ({
      categories: codes.map((code, i) => label(table.rowDimensions[i]!, code)),
      cells: figures.cells[row]!,
      total: figures.rowTotals[row]!,
    })),
    columnTotals: figures.columnTotals,
    grandTotal: figures.grandTotal,
    additive: table.additive,
    disclosure: disclosureControlOf(disclosure),
  };
}

function protectedFigures(table: KeyedReachTable, disclosure: Extract<FigureDisclosure, { exact: false }>) {
  const published = publish(table, { ptable: disclosure.ptable });
  return {
    cells: published.cells.map((row) => row.map(figureValueOf)),
    rowTotals: published.rowTotals.map(figureValueOf),
    columnTotals: published.columnTotals.map(figureValueOf),
    grandTotal: figureValueOf(published.grandTotal),
  };
}
