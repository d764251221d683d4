import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { RejectedRow } from '../store/rejected-row';

/**
 * Writes rejected rows to a CSV: row number, column, value and reason first, then the
 * row as it was in the file (under the file's own headers), so it can be fixed and
 * re-imported. UTF-8 with a BOM, so spreadsheet programs show Arabic correctly.
 */
export async function writeRejectsCsv(
  path: string,
  rejected: readonly RejectedRow[],
  originals: ReadonlyMap<number, readonly string[]> = new Map(),
  headers: readonly string[] = [],
): Promise<void> {
  const records = [
    ['row', 'column', 'value', 'reason', ...headers],
    ...rejected.map((rejection) => [String(rejection.row), rejection.column, rejection.value ?? '', rejection.reason, ...(originals.get(rejection.row) ?? [])]),
  ];
  await writeFile(path, `\ufeff${stringify(records)}`, 'utf8');
}
