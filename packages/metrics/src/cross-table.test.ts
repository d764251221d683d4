import { describe, expect, it } from 'vitest';
import { cellAt, crossTableFromCells, rowIndexOf } from './cross-table';

describe('crossTableFromCells', () => {
  it('sums row, column and grand totals', () => {
    const table = crossTableFromCells(
      [
        [2, 9],
        [7, 8],
      ],
      { rows: [['female'], ['male']], columns: ['idp', 'returnee'] },
    );
    expect(table.rowTotals).toEqual([11, 15]);
    expect(table.columnTotals).toEqual([9, 17]);
    expect(table.grandTotal).toBe(26);
    expect(cellAt(table, ['male'], 'returnee')).toBe(8);
    expect(cellAt(table, ['other'], 'returnee')).toBeUndefined();
    expect(rowIndexOf(table, ['male'])).toBe(1);
  });

  it('refuses ragged rows and counts that are not whole non-negative numbers', () => {
    expect(() => crossTableFromCells([[1, 2], [3]])).toThrow(/row 1 has 1 cells, expected 2/);
    expect(() => crossTableFromCells([[1.5]])).toThrow(/cell \[0\]\[0\]/);
    expect(() => crossTableFromCells([[1]], { columns: ['a', 'b'] })).toThrow(/column keys/);
  });
});
