import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportTable } from '../table/export-table';
import { toXlsx } from './xlsx-workbook';

const table: ExportTable = {
  title: 'الأشخاص الذين تم الوصول إليهم',
  sheetName: 'الأشخاص الذين تم الوصول إليهم في الربع الأول',
  direction: 'rtl',
  columns: [
    { label: 'القطاع', hxl: '#sector+name', kind: 'text' },
    { label: 'المبلغ', hxl: '#value+usd', kind: 'amount' },
    { label: 'الأشخاص', hxl: '#reached+ind', kind: 'count' },
  ],
  rows: [
    ['=1+1', '19300000.00', 1200],
    ['التعليم', '0.10', null],
  ],
  notes: ['ملاحظة'],
};

const work = await mkdtemp(path.join(tmpdir(), 'crc-xlsx-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('toXlsx', () => {
  it('writes a right-to-left sheet with the labels, the HXL row, numbers as numbers and inert text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, 'القطاع', 'المبلغ', 'الأشخاص']);
    expect(sheet.getRow(2).getCell(1).value).toBe('#sector+name');
    expect(sheet.getRow(3).values).toEqual([undefined, "'=1+1", 19300000, 1200]);
    expect(sheet.getRow(4).getCell(3).value).toBeNull();
  });

  it('opens in LibreOffice (soffice --headless --convert-to csv) with its HXL row and figures', async () => {
    const file = path.join(work, 'figures.xlsx');
    await writeFile(file, await toXlsx(table));
    // A profile of its own, so that a developer's open LibreOffice or a parallel run cannot block the conversion.
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        work,
        file,
      ],
      { timeout: 120_000 },
    );
    const rows = parse(await readFile(path.join(work, 'figures.csv'), 'utf8'), {
      bom: true,
      relax_column_count: true,
    });
    expect(rows[0]).toEqual(['القطاع', 'المبلغ', 'الأشخاص']);
    expect(rows[1]).toEqual(['#sector+name', '#value+usd', '#reached+ind']);
    // The formula stayed text: LibreOffice shows it without computing 2.
    expect(rows[2]![0]).toContain('=1+1');
    expect(rows[2]![2]!.replace(/[^0-9]/g, '')).toBe('1200');
  });
});
