import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../table/export-table';
import { toHxlCsv } from './hxl-csv';

const table: ExportTable = {
  title: 'Test',
  sheetName: 'Test',
  direction: 'rtl',
  columns: [
    { label: 'القطاع', hxl: '#sector+name', kind: 'text' },
    { label: 'Amount', hxl: '#value+usd', kind: 'amount' },
    { label: 'People', hxl: '#reached+ind', kind: 'count' },
  ],
  rows: [
    ['=cmd|"/c calc"!A1', '19300000.00', 12],
    ['التعليم, "quoted"', '0.10', null],
  ],
  notes: [],
};

describe('toHxlCsv', () => {
  it('writes a byte-order mark, the labels, the HXL row, then the data with hidden figures empty and formulas inert', () => {
    const csv = toHxlCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true });
    expect(rows[0]).toEqual(['القطاع', 'Amount', 'People']);
    expect(rows[1]).toEqual(['#sector+name', '#value+usd', '#reached+ind']);
    expect(rows[2]).toEqual([`'=cmd|"/c calc"!A1`, '19300000.00', '12']);
    expect(rows[3]).toEqual(['التعليم, "quoted"', '0.10', '']);
  });
});
