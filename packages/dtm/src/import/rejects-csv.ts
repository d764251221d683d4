import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { RejectedRow } from '../store/rejected-row';
import { escapeFormula } from './cell-safety';

export interface RejectsLayout {
  /** The file's own header row. */
  readonly headers?: readonly string[];
  /** The file's HXL row, when it had one: written under the headers so the fixed file is read by hashtag again. */
  readonly hashtags?: readonly string[];
}

/**
 * Writes rejected rows to a CSV: row number, column, value and reason first, then the
 * row as it was in the file (under the file's own headers and HXL row), so it can be
 * fixed and re-imported. UTF-8 with a BOM, so spreadsheet programs show Arabic correctly.
 * Safe to open in Excel and LibreOffice: every field is quoted and a cell that would be
 * read as a formula gets a leading `'` (OWASP), which the importer removes again.
 */
export async function writeRejectsCsv(
  path: string,
  rejected: readonly RejectedRow[],
  originals: ReadonlyMap<number, readonly string[]> = new Map(),
  layout: RejectsLayout = {},
): Promise<void> {
  const headers = layout.headers ?? [];
  const records = [
    ['row', 'column', 'value', 'reason', ...headers],
    ...(layout.hashtags && layout.hashtags.length > 0 ? [['', '', '', '', ...layout.hashtags]] : []),
    ...rejected.map((rejection) => [
      String(rejection.row),
      rejection.column,
      rejection.value ?? '',
      rejection.reason,
      ...(originals.get(rejection.row) ?? []),
    ]),
  ];
  await writeFile(
    path,
    `\ufeff${stringify(
      records.map((record) => record.map(escapeFormula)),
      { quoted: true },
    )}`,
    'utf8',
  );
}
