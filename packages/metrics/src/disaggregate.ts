import { encodeCells, type BreakdownOptions } from './cell-encoding';
import type { CountUnit, CrossTable } from './cross-table';
import type { Dimension, ReachRecord } from './dimension';

export interface DisaggregateOptions extends BreakdownOptions {
  /**
   * What one record is. Default `'individuals'` (one record per person). Counting
   * service deliveries? Say `'deliveries'`, and use `uniqueReach` for people.
   */
  readonly unit?: CountUnit;
}

/**
 * Counts records by any combination of sex, age bracket, population group, area (at
 * any admin level), sector and service type, with row, column and grand totals.
 * Every record counts once in exactly one cell, so every total is the sum of its cells.
 * A record with no value for a dimension is counted under `not_recorded`.
 *
 * ```ts
 * const table = disaggregate(beneficiaries, { by: ['governorate', 'sex', 'ageBracket'], at: '2024-12-31' });
 * table.rows;    // [['IQG10', 'female'], ['IQG10', 'male'], ['IQG13', 'female'], ...]
 * table.columns; // ['0-5', '6-17', '18-59', '60+']
 * cellAt(table, ['IQG10', 'female'], '18-59'); // 412
 * ```
 */
export function disaggregate(records: readonly ReachRecord[], options: DisaggregateOptions): CrossTable<Dimension> {
  const encoded = encodeCells(records, options);
  const rowCount = encoded.rows.length;
  const columnCount = encoded.columns.length;
  const counts = new Float64Array(rowCount * columnCount);
  const { cellOf } = encoded;
  for (let i = 0; i < cellOf.length; i++) counts[cellOf[i]!]! += 1;

  const cells: number[][] = [];
  const rowTotals: number[] = [];
  const columnTotals = new Array<number>(columnCount).fill(0);
  for (let row = 0; row < rowCount; row++) {
    const cellsOfRow = Array.from(counts.subarray(row * columnCount, (row + 1) * columnCount));
    cells.push(cellsOfRow);
    rowTotals.push(cellsOfRow.reduce((sum, count) => sum + count, 0));
    cellsOfRow.forEach((count, column) => (columnTotals[column]! += count));
  }

  return {
    unit: options.unit ?? 'individuals',
    rowDimensions: encoded.rowDimensions,
    columnDimension: encoded.columnDimension,
    rows: encoded.rows,
    columns: encoded.columns,
    cells,
    rowTotals,
    columnTotals,
    grandTotal: records.length,
    additive: true,
  };
}
