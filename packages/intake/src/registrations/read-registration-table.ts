import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { cellText, readCsvRows, readXlsxRows, SourceFormatError, unsafeCharacter, type TableRow } from '@crc/dtm';
import { nameKey } from '@crc/domain';
import { FIELD_BY_KEY, fieldIndex, headerKey, type RegistrationField } from './registration-fields';
import type { Rejection, SourceHousehold, SourceMember } from './source-household';
import { templateLabels } from './template-labels';

/** `member_2_given_name`, `Member 2 - Given name`, `فرد 2 الاسم`: a wide layout's member column. */
const MEMBER_COLUMN = /^(?:member|person|m|فرد|الفرد)\s*[_.\- ]?\s*(\d{1,2})\s*[_.:\- ]+\s*(.+)$/iu;

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: RegistrationField;
  /** Wide layout: the member (1-based) the column belongs to. */
  readonly member?: number;
}

export interface RegistrationTable {
  readonly layout: 'person-rows' | 'household-rows';
  readonly households: readonly SourceHousehold[];
  /** Rows refused before grouping (an unsafe character, say), by row. */
  readonly rejected: readonly Rejection[];
  /** Data rows read (header excluded). */
  readonly rowsRead: number;
  /** Headers that name no registration field (ignored, listed in the summary). */
  readonly ignoredHeaders: readonly string[];
}

export interface ReadTableOptions {
  /** XLSX: the worksheet's name or position from 1. Default the first. */
  readonly sheet?: string | number;
  readonly onBytes?: (bytes: number) => void;
}

function mapHeaders(cells: readonly unknown[]): { columns: Column[]; ignored: string[] } {
  const index = fieldIndex(templateLabels);
  const columns: Column[] = [];
  const ignored: string[] = [];
  cells.forEach((cell, position) => {
    const header = cellText(cell as never);
    if (header === '') return;
    const wide = MEMBER_COLUMN.exec(header);
    const direct = index.get(headerKey(header));
    if (direct !== undefined) {
      columns.push({ index: position, header, field: direct });
      return;
    }
    if (wide?.[1] !== undefined && wide[2] !== undefined) {
      const field = index.get(headerKey(wide[2]));
      if (field !== undefined && field.scope === 'person') {
        columns.push({ index: position, header, field, member: Number(wide[1]) });
        return;
      }
    }
    ignored.push(header);
  });
  return { columns, ignored };
}

function rowsOf(path: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const extension = extname(path).toLowerCase();
  const onBytes = options.onBytes ?? (() => undefined);
  if (extension === '.xlsx')
    return readXlsxRows(path, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), onBytes });
  if (extension === '.csv' || extension === '.txt') return readCsvRows(path, { onBytes });
  throw new SourceFormatError(`"${path}": not a .csv or .xlsx file`);
}

function contentKey(members: readonly SourceMember[]): string {
  // Without a household key column, the household is known by who is in it.
  const people = members
    .map((member) =>
      [
        nameKey(`${member.values.givenName ?? ''} ${member.values.fatherName ?? ''} ${member.values.familyName ?? ''}`),
        member.values.dateOfBirth ?? '',
        member.values.sex ?? '',
      ].join('|'),
    )
    .sort();
  return createHash('sha256').update(people.join('\n')).digest('hex').slice(0, 32);
}

/**
 * Reads a registration spreadsheet (CSV or XLSX) into households. Two layouts, told
 * apart by the headers: one row per person with a household key column (rows with the
 * same key are one household, the `head` row first in meaning), or one row per household
 * with member columns (`member_1_given_name`, `member_2_sex`, ...). Headers are matched by
 * field key, snake_case, the template's English or Arabic label, or a common alias, in
 * any case and spacing. Without a key column, each person row is a household of one.
 */
export async function readRegistrationTable(path: string, options: ReadTableOptions = {}): Promise<RegistrationTable> {
  return readRegistrationRows(rowsOf(path, options));
}

/**
 * readRegistrationTable over rows already in hand (the header row first): the gateway's
 * `rows` argument, or any reader of another format. Same layouts, same checks.
 */
export async function readRegistrationRows(
  rows: AsyncIterable<TableRow> | Iterable<TableRow>,
): Promise<RegistrationTable> {
  let columns: Column[] | undefined;
  let ignoredHeaders: string[] = [];
  const rejected: Rejection[] = [];
  const byKey = new Map<string, { rows: number[]; members: SourceMember[]; values: Record<string, string> }>();
  const wideHouseholds: SourceHousehold[] = [];
  let rowsRead = 0;
  let wide = false;
  let columnNames: Record<string, string> = {};

  for await (const row of rows) {
    if (columns === undefined) {
      const mapped = mapHeaders(row.cells);
      columns = mapped.columns;
      ignoredHeaders = mapped.ignored;
      if (!columns.some((column) => column.field.key === 'givenName')) {
        throw new SourceFormatError(
          `no given-name column among the headers (${row.cells
            .map((cell) => cellText(cell))
            .filter(Boolean)
            .slice(0, 8)
            .join(', ')}): is this a registration sheet?`,
        );
      }
      wide = columns.some((column) => column.member !== undefined);
      columnNames = Object.fromEntries(
        columns.filter((column) => column.member === undefined).map((column) => [column.field.key, column.header]),
      );
      continue;
    }
    const texts = columns.map((column) => ({ column, text: cellText(row.cells[column.index]) }));
    if (texts.every(({ text }) => text === '')) continue;
    rowsRead += 1;
    const unsafe = texts
      .map(({ column, text }) => ({ column, reason: unsafeCharacter(text, 'utf-8') }))
      .find(({ reason }) => reason !== undefined);
    if (unsafe?.reason !== undefined) {
      rejected.push({
        ref: { kind: 'rows', rows: [row.rowNumber] },
        position: row.rowNumber,
        field: unsafe.column.header,
        reason: unsafe.reason,
      });
      continue;
    }
    const own: Record<string, string> = {};
    const members = new Map<number, Record<string, string>>();
    for (const { column, text } of texts) {
      if (text === '') continue;
      if (column.member === undefined) own[column.field.key] = text;
      else members.set(column.member, { ...(members.get(column.member) ?? {}), [column.field.key]: text });
    }
    if (wide) {
      const list = [...members.entries()].sort(([a], [b]) => a - b).map(([position, values]) => ({ position, values }));
      const household: Record<string, string> = {};
      const head: Record<string, string> = {};
      for (const [key, text] of Object.entries(own)) {
        if (FIELD_BY_KEY.get(key)?.scope === 'person') head[key] = text;
        else household[key] = text;
      }
      // Person columns without a member number describe the first person (usually the head).
      if (Object.keys(head).length > 0) list.unshift({ position: 0, values: head });
      const key = own.householdKey;
      wideHouseholds.push({
        sourceKey: key ? `file:${key}` : `file-content:${contentKey(list)}`,
        ref: { kind: 'rows', rows: [row.rowNumber] },
        values: household,
        members: list,
        columns: {
          ...columnNames,
          ...Object.fromEntries(
            columns.filter((c) => c.member !== undefined).map((c) => [`member${c.member}.${c.field.key}`, c.header]),
          ),
        },
      });
      continue;
    }
    const key = own.householdKey ?? `row:${row.rowNumber}`;
    const group = byKey.get(key) ?? { rows: [], members: [], values: {} };
    group.rows.push(row.rowNumber);
    group.members.push({ position: row.rowNumber, values: own });
    byKey.set(key, group);
  }
  if (columns === undefined) throw new SourceFormatError('the file is empty');

  const households: SourceHousehold[] = wide
    ? wideHouseholds
    : [...byKey.entries()].map(([key, group]) => ({
        sourceKey: key.startsWith('row:') ? `file-content:${contentKey(group.members)}` : `file:${key}`,
        ref: { kind: 'rows', rows: group.rows },
        // Household fields are read from the members' rows by mapHousehold (the head's row decides).
        values: {},
        members: group.members,
        columns: columnNames,
      }));
  return { layout: wide ? 'household-rows' : 'person-rows', households, rejected, rowsRead, ignoredHeaders };
}
