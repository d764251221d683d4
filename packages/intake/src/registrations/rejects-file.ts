import { writeFile } from 'node:fs/promises';
import { inertSpreadsheetText } from '@crc/reports';
import { stringify } from 'csv-stringify/sync';
import { describeRef, type Rejection } from './source-household';

const HEADERS = ['household', 'row_or_member', 'field', 'value', 'reason'] as const;

/** The rejects as table rows: where (row or submission), the field as the source named it, the value when not personal, the reason. */
export function rejectsTable(rejections: readonly Rejection[]): string[][] {
  return [
    [...HEADERS],
    ...rejections.map((rejection) => [
      describeRef(rejection.ref),
      rejection.position === undefined ? '' : String(rejection.position),
      rejection.field,
      rejection.value ?? '',
      rejection.reason,
    ]),
  ];
}

/**
 * The rejects as CSV text: UTF-8 with a byte-order mark (Excel then shows Arabic
 * correctly), every field quoted, and any cell a spreadsheet would run as a formula
 * (leading = + - @, tab, CR) made inert by @crc/reports' rule. It names rows,
 * submissions, fields and reasons; values only of fields that are not personal data, and
 * nothing of any other person.
 */
export function rejectsCsv(rejections: readonly Rejection[]): string {
  return `\ufeff${stringify(
    rejectsTable(rejections).map((record) => record.map(inertSpreadsheetText)),
    { quoted: true },
  )}`;
}

export async function writeRejectsFile(path: string, rejections: readonly Rejection[]): Promise<void> {
  await writeFile(path, rejectsCsv(rejections), 'utf8');
}
