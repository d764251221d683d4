import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossTableFromCells, type CrossTable } from './cross-table';
import { suppress, type PublishedFigure, type SuppressedTable } from './suppress';

const hiddenOf = (published: SuppressedTable) =>
  published.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.hidden ? [{ row: r, column: c }] : [])));
const value = (figure: PublishedFigure | undefined) => (figure && !figure.hidden ? figure.value : undefined);

/**
 * The equations a reader of the published table has, over the hidden cells only:
 * each published row total (when the table has 2+ columns; in a one-column table the
 * row totals are the cells), each column total (2+ rows), and the grand total.
 * Right-hand side: the total minus the visible cells.
 */
function equationsOf(original: CrossTable, published: SuppressedTable) {
  const hidden = hiddenOf(published);
  const rowCount = original.rows.length;
  const columnCount = original.columns.length;
  const equations: { coefficients: number[]; rhs: number }[] = [];
  const add = (inLine: (cell: { row: number; column: number }) => boolean, total: number | undefined) => {
    if (total === undefined) return;
    const visible = published.cells
      .flatMap((row, r) => row.map((cell, c) => ({ cell, r, c })))
      .filter(({ cell, r, c }) => !cell.hidden && inLine({ row: r, column: c }))
      .reduce((sum, { cell }) => sum + (value(cell) ?? 0), 0);
    equations.push({ coefficients: hidden.map((cell) => (inLine(cell) ? 1 : 0)), rhs: total - visible });
  };
  if (columnCount > 1) original.rows.forEach((_, r) => add((cell) => cell.row === r, value(published.rowTotals[r])));
  if (rowCount > 1) original.columns.forEach((_, c) => add((cell) => cell.column === c, value(published.columnTotals[c])));
  add(() => true, value(published.grandTotal));
  return { hidden, equations };
}

/** Rank over the rationals, by fraction-free Gaussian elimination on BigInts. */
function rank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => row.map(BigInt));
  let rank = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width && rank < rows.length; column++) {
    const pivot = rows.findIndex((row, index) => index >= rank && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    for (let index = 0; index < rows.length; index++) {
      if (index === rank || rows[index]![column] === 0n) continue;
      const factor = rows[index]![column]!;
      rows[index] = rows[index]!.map((entry, k) => entry * pivotRow[column]! - pivotRow[k]! * factor);
    }
    rank++;
  }
  return rank;
}

/** A hidden cell is recomputable by linear algebra iff its unit vector is in the row space of the equations. */
function linearlyDetermined(original: CrossTable, published: SuppressedTable): number[] {
  const { hidden, equations } = equationsOf(original, published);
  const matrix = equations.map((equation) => equation.coefficients);
  const base = rank(matrix);
  return hidden.flatMap((_, index) => {
    const unit = hidden.map((__, k) => (k === index ? 1 : 0));
    return rank([...matrix, unit]) === base ? [index] : [];
  });
}

/**
 * Exact integer audit: can a hidden cell hold another non-negative integer value, with
 * everything published unchanged? The feasible values form an interval (transportation
 * polytope), so it suffices to try value ± 1, each a max-flow feasibility check.
 */
function canTakeAnotherValue(original: CrossTable, published: SuppressedTable, index: number): boolean {
  const { hidden, equations } = equationsOf(original, published);
  const truth = hidden.map((cell) => original.cells[cell.row]![cell.column]!);
  return [truth[index]! - 1, truth[index]! + 1].some(
    (candidate) => candidate >= 0 && feasibleWith(equations, hidden.length, index, candidate),
  );
}

/** Non-negative integers x with x[fixed] = fixedValue satisfying every 0/1 equation: brute force with pruning. */
function feasibleWith(
  equations: readonly { coefficients: number[]; rhs: number }[],
  count: number,
  fixed: number,
  fixedValue: number,
): boolean {
  const remaining = equations.map((equation) => equation.rhs - (equation.coefficients[fixed] ? fixedValue : 0));
  if (remaining.some((rest) => rest < 0)) return false;
  const order = Array.from({ length: count }, (_, k) => k).filter((k) => k !== fixed);
  const search = (position: number): boolean => {
    if (position === order.length) return remaining.every((rest) => rest === 0);
    const variable = order[position]!;
    const touching = equations.map((equation, e) => (equation.coefficients[variable] ? e : -1)).filter((e) => e >= 0);
    // A variable that is the last unknown of an equation is forced.
    const laterUnknowns = (e: number) => order.slice(position + 1).some((k) => equations[e]!.coefficients[k]);
    const forced = touching.find((e) => !laterUnknowns(e));
    const upper = Math.min(...touching.map((e) => remaining[e]!), 10_000);
    const candidates = forced === undefined ? range(0, upper) : [remaining[forced]!].filter((v) => v <= upper);
    for (const candidate of candidates) {
      touching.forEach((e) => (remaining[e]! -= candidate));
      const found = search(position + 1);
      touching.forEach((e) => (remaining[e]! += candidate));
      if (found) return true;
    }
    return false;
  };
  return search(0);
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

describe('suppress', () => {
  it('hides a cell of 2 and at least one complementary cell with k = 5, totals unchanged', () => {
    const table = crossTableFromCells([
      [2, 9, 12],
      [7, 8, 10],
      [11, 6, 9],
    ]);
    const published = suppress(table, { k: 5 });
    expect(published.cells[0]![0]).toEqual({ hidden: true, reason: 'small-cell' });
    const complementary = published.cells.flat().filter((cell) => cell.hidden && cell.reason === 'complementary');
    expect(complementary.length).toBeGreaterThanOrEqual(1);
    expect(published.rowTotals).toEqual(table.rowTotals.map((total) => ({ hidden: false, value: total })));
    expect(published.columnTotals).toEqual(table.columnTotals.map((total) => ({ hidden: false, value: total })));
    expect(published.grandTotal).toEqual({ hidden: false, value: 74 });
    // The cheapest rectangle: 2 at (0,0) with 7 (1,0), 9 (0,1) and 8 (1,1).
    expect(hiddenOf(published)).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 1 },
      { row: 1, column: 0 },
      { row: 1, column: 1 },
    ]);
    expect(linearlyDetermined(table, published)).toEqual([]);
    expect(published.fullyProtected).toBe(true);
  });

  it('returns hidden cells marked with the reason, never as zero', () => {
    const published = suppress(crossTableFromCells([[3, 20], [30, 40]]));
    expect(published.cells[0]![0]).toEqual({ hidden: true, reason: 'small-cell' });
    expect(published.cells.flat().some((cell) => !cell.hidden && cell.value === 0)).toBe(false);
  });

  it('leaves zero cells visible (they describe no one) and leaves tables without small cells alone', () => {
    const withZero = suppress(crossTableFromCells([[0, 20], [30, 40]]));
    expect(withZero.cells[0]![0]).toEqual({ hidden: false, value: 0 });
    expect(hiddenOf(withZero)).toEqual([]);
  });

  it('uses the configured threshold', () => {
    const table = crossTableFromCells([[8, 20], [30, 40]]);
    expect(hiddenOf(suppress(table))).toEqual([]);
    expect(hiddenOf(suppress(table, { k: 10 })).length).toBe(4);
    expect(() => suppress(table, { k: 0 })).toThrow(/k must be a positive integer/);
  });

  it('closes the classic leak of a single row with one hidden cell', () => {
    // One row: the row total minus the visible cells would give the hidden one away.
    const table = crossTableFromCells([[2, 15, 30]]);
    const published = suppress(table);
    expect(hiddenOf(published)).toEqual([{ row: 0, column: 0 }, { row: 0, column: 1 }]);
    // In a one-row table the column totals are the cells: hidden with them.
    expect(published.columnTotals[0]).toEqual({ hidden: true, reason: 'small-cell' });
    expect(published.columnTotals[1]).toEqual({ hidden: true, reason: 'complementary' });
    expect(published.rowTotals[0]).toEqual({ hidden: false, value: 47 });
    expect(linearlyDetermined(table, published)).toEqual([]);
  });

  it('in a one-column table hides the row totals with their cells', () => {
    const table = crossTableFromCells([[2], [9], [12]]);
    const published = suppress(table);
    expect(published.rowTotals.map((total) => total.hidden)).toEqual([true, true, false]);
    expect(published.columnTotals[0]).toEqual({ hidden: false, value: 23 });
  });

  it('protects a hidden cell that two hidden cells per row and column would not (a bridge between two cycles)', () => {
    // Small cells in a 2x2 block and another 2x2 block, linked by one small cell at (1,2):
    // every row and column with a hidden cell has two, yet the link is recomputable.
    const table = crossTableFromCells([
      [1, 1, 50, 50, 50],
      [1, 1, 1, 50, 50],
      [50, 50, 1, 1, 50],
      [50, 50, 1, 1, 50],
      [50, 50, 50, 50, 50],
    ]);
    const primaryOnly = crossTableFromCells(table.cells.map((row) => row.map((v) => v)));
    const published = suppress(primaryOnly);
    expect(published.cells[1]![2]!.hidden).toBe(true);
    expect(linearlyDetermined(table, published)).toEqual([]);
    expect(hiddenOf(published).length).toBeGreaterThan(9);
  });

  it('reports published totals below k (suppressing cells cannot protect them)', () => {
    const published = suppress(crossTableFromCells([[2, 1], [30, 40]]));
    expect(published.smallTotals).toEqual([{ kind: 'row', index: 0, value: 3 }]);
  });

  it('hides a one-cell table whole: its totals are the cell', () => {
    const published = suppress(crossTableFromCells([[3]]));
    expect(published.grandTotal).toEqual({ hidden: true, reason: 'small-cell' });
    expect(published.rowTotals[0]!.hidden).toBe(true);
  });

  it('audit self-check: primary suppression alone is caught as recomputable', () => {
    const table = crossTableFromCells([[2, 9], [7, 8]]);
    const shown = (v: number): PublishedFigure => ({ hidden: false, value: v });
    const primaryOnly: SuppressedTable = {
      ...suppress(table),
      cells: [[{ hidden: true, reason: 'small-cell' }, shown(9)], [shown(7), shown(8)]],
    };
    expect(linearlyDetermined(table, primaryOnly)).toEqual([0]);
    expect(canTakeAnotherValue(table, primaryOnly, 0)).toBe(false);
  });

  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
    .chain(({ rows, columns }) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 5, max: 30 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    )
    .map((cells) => crossTableFromCells(cells));

  it('property: totals unchanged, small cells hidden, no hidden cell recomputable from the totals', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 6 }), (table, k) => {
        const published = suppress(table, { k });
        const isMultiCell = table.rows.length * table.columns.length > 1;
        if (isMultiCell) {
          if (table.columns.length > 1) expect(published.rowTotals.map(value)).toEqual(table.rowTotals);
          if (table.rows.length > 1) expect(published.columnTotals.map(value)).toEqual(table.columnTotals);
          expect(value(published.grandTotal)).toBe(table.grandTotal);
        }
        table.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            const figure = published.cells[r]![c]!;
            if (cell > 0 && cell < k) expect(figure).toEqual({ hidden: true, reason: 'small-cell' });
            else if (!figure.hidden) expect(figure.value).toBe(cell);
            else expect(figure.reason).toBe('complementary');
          }),
        );
        if (!isMultiCell) return;
        // 1. No linear combination of the published figures gives away a hidden cell.
        expect(linearlyDetermined(table, published)).toEqual([]);
        // 2. Knowing counts are non-negative integers does not either, unless the table's own zeros pin it.
        const hidden = hiddenOf(published);
        hidden.forEach(({ row, column }, index) => {
          if (table.cells[row]![column] === 0) return;
          if (published.fullyProtected) expect(canTakeAnotherValue(table, published, index)).toBe(true);
        });
        if (table.cells.every((row) => row.every((cell) => cell > 0))) expect(published.fullyProtected).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
