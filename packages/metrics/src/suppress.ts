import type { CountUnit, CrossTable } from './cross-table';
import {
  bridgesOf,
  componentOf,
  endpointsOf,
  movabilityOf,
  nodeCount,
  type GraphCell,
  type TableShape,
} from './hidden-cell-graph';

/** Why a figure is hidden: it is below the threshold, or it would let someone recompute one that is. */
export type SuppressionReason = 'small-cell' | 'complementary';

/** A figure as published: its value, or the fact that it is hidden and why. Never a zero in disguise. */
export type PublishedFigure =
  | { readonly hidden: false; readonly value: number }
  | { readonly hidden: true; readonly reason: SuppressionReason };

/** A published total that is itself below the threshold: suppression of cells cannot protect it. */
export interface SmallTotal {
  readonly kind: 'row' | 'column' | 'grand';
  /** Row or column index; 0 for the grand total. */
  readonly index: number;
  readonly value: number;
}

export interface SuppressedTable<Dimension extends string = string> {
  readonly unit: CountUnit;
  readonly k: number;
  readonly rowDimensions: readonly Dimension[];
  readonly columnDimension: Dimension | null;
  readonly rows: readonly (readonly string[])[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly PublishedFigure[])[];
  readonly rowTotals: readonly PublishedFigure[];
  readonly columnTotals: readonly PublishedFigure[];
  readonly grandTotal: PublishedFigure;
  /** Published totals between 1 and k - 1: publish a coarser table instead (broader areas, brackets). */
  readonly smallTotals: readonly SmallTotal[];
  /**
   * True when every hidden non-zero cell could hold another value in some table of
   * non-negative counts that matches every published figure. Always true when the table
   * has no zero cells; false only when zeros in the table pin a hidden cell down (the
   * table's own totals give it away), which comes with `smallTotals` in practice.
   */
  readonly fullyProtected: boolean;
}

export interface SuppressOptions {
  /** Cells from 1 to k - 1 are hidden. Default 5. */
  readonly k?: number;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * Small-cell suppression for tables shown to partners and the public.
 *
 * 1. Primary: every cell from 1 to `k - 1` is hidden (`'small-cell'`). A cell of 0 is
 *    not hidden: it describes no one, and hiding zeros would hide most sparse tables.
 * 2. Secondary: further cells are hidden (`'complementary'`) until no hidden cell can be
 *    recomputed from the published row, column and grand totals, by subtraction or any
 *    other linear combination: every hidden cell lies on a cycle of hidden cells (see
 *    hidden-cell-graph.ts). Complements are chosen cheapest first (smallest counts, so
 *    the least information is lost), and zero cells only when nothing else closes a cycle.
 *
 * Totals are published unchanged. In a one-column table the row totals are the cells
 * themselves, so they are hidden with their cells (likewise for a one-row table).
 *
 * ```ts
 * const table = crossTableFromCells([[2, 9, 12], [7, 8, 10], [11, 6, 9]]);
 * const published = suppress(table, { k: 5 });
 * published.cells[0][0]; // { hidden: true, reason: 'small-cell' }
 * published.cells[0][1]; // { hidden: true, reason: 'complementary' } (and two more)
 * published.rowTotals;   // unchanged: every total shown
 * ```
 *
 * Distinct-count tables (unique reach) are suppressed by the same rule, but their
 * totals are not sums of cells, so the recomputation argument is about additive tables.
 */
export function suppress<Dimension extends string>(
  table: CrossTable<Dimension>,
  options: SuppressOptions = {},
): SuppressedTable<Dimension> {
  const k = options.k ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  const shape: TableShape = { rowCount: table.rows.length, columnCount: table.columns.length };
  const value = (row: number, column: number): number => table.cells[row]?.[column] ?? 0;

  const reasons: (SuppressionReason | null)[][] = table.cells.map((row) =>
    row.map((count) => (count > 0 && count < k ? 'small-cell' : null)),
  );
  const hiddenCells = (): (GraphCell & { value: number })[] =>
    reasons.flatMap((row, rowIndex) =>
      row.flatMap((reason, column) => (reason ? [{ row: rowIndex, column, value: value(rowIndex, column) }] : [])),
    );

  const singleCell = shape.rowCount === 1 && shape.columnCount === 1;
  if (!singleCell) {
    const zeroPenalty = (table.grandTotal + 1) * (shape.rowCount * shape.columnCount + 1);
    for (;;) {
      const hidden = hiddenCells();
      const bridge = bridgesOf(shape, hidden)[0];
      if (bridge === undefined) break;
      const path = cheapestCycleClosing(shape, hidden, bridge, (row, column) => {
        if (reasons[row]?.[column]) return 0;
        const count = value(row, column);
        return count > 0 ? count : zeroPenalty;
      });
      for (const cell of path) {
        const row = reasons[cell.row]!;
        row[cell.column] ??= 'complementary';
      }
    }
  }

  const hidden = hiddenCells();
  const fullyProtected =
    singleCell || movabilityOf(shape, hidden).every((move, index) => hidden[index]!.value === 0 || move.canGrow || move.canShrink);

  const figure = (count: number, reason: SuppressionReason | null | undefined): PublishedFigure =>
    reason ? { hidden: true, reason } : { hidden: false, value: count };
  const cells = table.cells.map((row, rowIndex) => row.map((count, column) => figure(count, reasons[rowIndex]?.[column])));
  // A total that is a single cell is that cell: it is published (or hidden) with it.
  const rowTotals = table.rowTotals.map((total, row) =>
    figure(total, shape.columnCount === 1 ? reasons[row]?.[0] : null),
  );
  const columnTotals = table.columnTotals.map((total, column) =>
    figure(total, shape.rowCount === 1 ? reasons[0]?.[column] : null),
  );
  const grandTotal = figure(table.grandTotal, singleCell ? reasons[0]?.[0] : null);

  const smallTotals: SmallTotal[] = [];
  const isSmall = (published: PublishedFigure): published is { hidden: false; value: number } =>
    !published.hidden && published.value > 0 && published.value < k;
  rowTotals.forEach((total, index) => isSmall(total) && smallTotals.push({ kind: 'row', index, value: total.value }));
  columnTotals.forEach((total, index) => isSmall(total) && smallTotals.push({ kind: 'column', index, value: total.value }));
  if (isSmall(grandTotal)) smallTotals.push({ kind: 'grand', index: 0, value: grandTotal.value });

  return {
    unit: table.unit,
    k,
    rowDimensions: table.rowDimensions,
    columnDimension: table.columnDimension,
    rows: table.rows,
    columns: table.columns,
    cells,
    rowTotals,
    columnTotals,
    grandTotal,
    smallTotals,
    fullyProtected,
  };
}

/**
 * The cheapest set of visible cells whose hiding puts the bridge on a cycle: a shortest
 * path (Dijkstra, cell costs as weights, hidden cells free) between the two sides the
 * bridge separates, not using the bridge itself.
 */
function cheapestCycleClosing(
  shape: TableShape,
  hidden: readonly GraphCell[],
  bridge: number,
  costOf: (row: number, column: number) => number,
): GraphCell[] {
  const bridgeCell = hidden[bridge]!;
  const [from, to] = endpointsOf(shape, bridgeCell);
  const sources = componentOf(shape, hidden, from, bridge);
  const targets = componentOf(shape, hidden, to, bridge);

  const size = nodeCount(shape);
  const incident: GraphCell[][] = Array.from({ length: size }, () => []);
  for (let row = 0; row < shape.rowCount; row++) {
    for (let column = 0; column < shape.columnCount; column++) {
      if (row === bridgeCell.row && column === bridgeCell.column) continue;
      const [a, b] = endpointsOf(shape, { row, column });
      incident[a]!.push({ row, column });
      if (b !== a) incident[b]!.push({ row, column });
    }
  }

  const distance = new Float64Array(size).fill(Infinity);
  const via: (GraphCell | null)[] = new Array<GraphCell | null>(size).fill(null);
  const done = new Uint8Array(size);
  for (const node of sources) distance[node] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < size; candidate++) {
      if (!done[candidate] && distance[candidate]! < Infinity && (node < 0 || distance[candidate]! < distance[node]!)) {
        node = candidate;
      }
    }
    if (node < 0) throw new Error('no complementary cells can protect this table'); // unreachable for tables with 2+ cells
    if (targets.has(node)) return pathTo(shape, node, via, sources);
    done[node] = 1;
    for (const cell of incident[node]!) {
      const [a, b] = endpointsOf(shape, cell);
      const next = a === node ? b : a;
      const through = distance[node]! + costOf(cell.row, cell.column);
      if (through < distance[next]!) {
        distance[next] = through;
        via[next] = cell;
      }
    }
  }
}

function pathTo(shape: TableShape, end: number, via: readonly (GraphCell | null)[], sources: Set<number>): GraphCell[] {
  const path: GraphCell[] = [];
  let node = end;
  while (!sources.has(node)) {
    const cell = via[node]!;
    path.push(cell);
    const [a, b] = endpointsOf(shape, cell);
    node = a === node ? b : a;
  }
  return path;
}
