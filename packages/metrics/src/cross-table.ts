/** What a figure counts. Every table carries its unit so that nobody adds people to services. */
export type CountUnit = 'individuals' | 'households' | 'deliveries';

/** The column code of a table that has no column dimension (one column: the count itself). */
export const TOTAL_COLUMN = 'total';

/**
 * A table of counts. Rows are keyed by one code per row dimension (in
 * `rowDimensions` order), columns by one code of the column dimension.
 *
 * - 1 dimension: `rowDimensions = [d]`, `columnDimension = null`, `columns = ['total']`.
 * - 2+ dimensions: the last one is the column dimension, the others form the rows
 *   (e.g. governorate × sex rows, age-bracket columns).
 *
 * `cells[r][c]` is a real count: 0 means "counted, none". A combination that was never
 * counted is not in the table at all ({@link cellAt} returns `undefined`).
 *
 * When `additive` is true, every row total is the sum of its row, every column total the
 * sum of its column and the grand total the sum of all cells. Distinct counts (unique
 * reach) are not additive: a person in two cells counts once in their common total.
 */
export interface CrossTable<Dimension extends string = string> {
  readonly unit: CountUnit;
  readonly rowDimensions: readonly Dimension[];
  readonly columnDimension: Dimension | null;
  readonly rows: readonly (readonly string[])[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
  readonly additive: boolean;
}

/** The count at one row (its codes, in `rowDimensions` order) and column; `undefined` when not in the table. */
export function cellAt(
  table: CrossTable,
  rowCodes: readonly string[],
  columnCode: string = TOTAL_COLUMN,
): number | undefined {
  const row = rowIndexOf(table, rowCodes);
  const column = table.columns.indexOf(columnCode);
  if (row < 0 || column < 0) return undefined;
  return table.cells[row]?.[column];
}

/** The index of the row with these codes, or -1. */
export function rowIndexOf(table: Pick<CrossTable, 'rows'>, rowCodes: readonly string[]): number {
  return table.rows.findIndex(
    (row) => row.length === rowCodes.length && row.every((code, index) => code === rowCodes[index]),
  );
}

export interface CrossTableFromCellsOptions {
  readonly unit?: CountUnit;
  /** Row codes; default `['1'], ['2'], ...`. */
  readonly rows?: readonly (readonly string[])[];
  /** Column codes; default `'1', '2', ...`. */
  readonly columns?: readonly string[];
  readonly rowDimensions?: readonly string[];
  readonly columnDimension?: string | null;
}

/**
 * An additive table from a matrix of counts, with its totals summed: for tables that
 * were counted elsewhere (e.g. in SQL) and are to be published or shared here.
 *
 * ```ts
 * const table = crossTableFromCells([[2, 9], [7, 8]], { rows: [['female'], ['male']], columns: ['idp', 'returnee'] });
 * table.rowTotals; // [11, 15]
 * ```
 */
export function crossTableFromCells(
  cells: readonly (readonly number[])[],
  options: CrossTableFromCellsOptions = {},
): CrossTable {
  const width = cells[0]?.length ?? 0;
  cells.forEach((row, rowIndex) => {
    if (row.length !== width) throw new RangeError(`row ${rowIndex} has ${row.length} cells, expected ${width}`);
    row.forEach((value, columnIndex) => {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`cell [${rowIndex}][${columnIndex}] must be a non-negative integer count (got ${value})`);
      }
    });
  });
  const rows = options.rows ?? cells.map((_, index) => [String(index + 1)]);
  const columns = options.columns ?? Array.from({ length: width }, (_, index) => String(index + 1));
  if (rows.length !== cells.length) throw new RangeError(`${rows.length} row keys for ${cells.length} rows`);
  if (columns.length !== width) throw new RangeError(`${columns.length} column keys for ${width} columns`);
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = columns.map((_, column) => cells.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  return {
    unit: options.unit ?? 'individuals',
    rowDimensions: options.rowDimensions ?? ['row'],
    columnDimension: options.columnDimension === undefined ? 'column' : options.columnDimension,
    rows,
    columns,
    cells: cells.map((row) => [...row]),
    rowTotals,
    columnTotals,
    grandTotal: rowTotals.reduce((sum, value) => sum + value, 0),
    additive: true,
  };
}
