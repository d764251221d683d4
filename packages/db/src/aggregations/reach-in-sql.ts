import { ADMIN_LEVELS, DEFAULT_AGE_BRACKETS, type AdminLevel, type AgeBracket, type DateInput } from '@crc/domain';
import {
  DIMENSIONS,
  MAX_TABLE_CELLS,
  TOTAL_COLUMN,
  type Dimension,
  type KeyedUniqueReachTable,
  orderedCategories,
} from '@crc/metrics';
import { deliveryReachSql } from './delivery-reach-sql';
import { FigureInputError } from './figure-input-error';
import { isPersonLevelTable, personReachSql } from './person-reach-sql';
import type { ReachFilter } from './reach-filter';
import { rollupAnswers } from './counted-people-sql';
import {
  REACH_STATEMENT_SETTINGS,
  ROLLUP_STATEMENT_SETTINGS,
  withReachSettings,
  type RawQueryClient,
} from './reach-statement-settings';
import { isoDateParameter } from './sql-parameters';

export type { RawQueryClient } from './reach-statement-settings';

/** A dimension of a reach table: those of @crc/metrics, or `area` at `areaLevel`. */
export type ReachDimension = Dimension | 'area';

export interface ReachInSqlOptions {
  readonly filter?: ReachFilter;
  /** Dimensions of the table; the last is the column dimension when there are two or more (as in @crc/metrics). */
  readonly by: readonly ReachDimension[];
  /** The date ages are computed on (usually the last day of the period); required for ageBracket. */
  readonly at?: DateInput;
  /** Age brackets; default DEFAULT_AGE_BRACKETS (0-5, 6-17, 18-59, 60+). */
  readonly brackets?: readonly AgeBracket[];
  /** The level `area` stands for (default governorate). Residence areas roll up by p-code prefix. */
  readonly areaLevel?: AdminLevel;
  /** Codes to show, in this order, even when nobody is counted under them (as in @crc/metrics). */
  readonly categories?: Partial<Record<Dimension, readonly string[]>>;
}

interface GroupRow {
  /** GROUPING(d0, ..., dn-1): bit n-1-i is set when dimension i is rolled up in this row. */
  readonly grouping_mask: number | null;
  readonly people: number;
  readonly deliveries: bigint | number;
  /** Fractional part of the sum of the counted people's record keys (see cell-key-sql.ts). */
  readonly cell_key: number;
  readonly [dimension: `d${number}`]: string | null;
}

/**
 * Unique reach counted in the database: the same table as @crc/metrics `keyedUniqueReach`
 * over the same deliveries (distinct people per cell; row, column and grand totals are
 * distinct counts too, so a person in two cells counts once in their total), with the
 * cell key of every cell and total, without loading a row into memory. One statement:
 * counted person first when every dimension is the person's (personReachSql: from
 * beneficiary_reach_rollup when the filter sets no condition on deliveries but the
 * period, run with ROLLUP_STATEMENT_SETTINGS), else one row per person and cell
 * (deliveryReachSql); run with REACH_STATEMENT_SETTINGS (JIT off, work_mem) in a
 * transaction of its own. Works on PostgreSQL and PGlite.
 * Pass the result to @crc/metrics `publish` for any viewer who may not see exact figures.
 *
 * Sex, age (on `at`), population group and area are the beneficiary's; area is the
 * area of residence rolled up by p-code prefix; sector is the delivery's project's
 * (see deliverySectorSql). Missing values are counted under `not_recorded`.
 *
 * @throws FigureInputError (with the argument at fault in `field`) for an unknown or
 * repeated dimension, a table by ageBracket without `at`, brackets that leave an age
 * out, a malformed filter value, or a table larger than MAX_TABLE_CELLS. People born
 * after `at` are no error: they are counted under `not_recorded`.
 */
export async function reachInSql(prisma: RawQueryClient, options: ReachInSqlOptions): Promise<KeyedUniqueReachTable> {
  const by = checkedDimensions(
    options.by.map((dimension) => (dimension === 'area' ? (options.areaLevel ?? 'governorate') : dimension)),
  );
  const brackets = checkedBrackets(options.brackets ?? DEFAULT_AGE_BRACKETS);
  const at = options.at === undefined ? undefined : isoDateParameter(options.at, 'at');
  const groups = await queryGroups(prisma, by, { at, brackets, filter: options.filter ?? {} });
  return assembleTable(by, groups, { brackets, categories: options.categories ?? {} });
}

function checkedDimensions(by: readonly (Dimension | AdminLevel)[]): Dimension[] {
  const seen = new Set<Dimension>();
  for (const dimension of by) {
    if (!DIMENSIONS.includes(dimension) && !ADMIN_LEVELS.includes(dimension as AdminLevel)) {
      throw new FigureInputError(
        `unknown dimension ${JSON.stringify(dimension)}; expected one of area, ${DIMENSIONS.join(', ')}`,
        'by',
        'unknown_dimension',
        { dimension },
      );
    }
    if (seen.has(dimension))
      throw new FigureInputError(`dimension ${dimension} is given twice`, 'by', 'repeated_dimension', { dimension });
    seen.add(dimension);
  }
  return [...seen];
}

async function queryGroups(
  prisma: RawQueryClient,
  by: readonly Dimension[],
  options: { at: string | undefined; brackets: readonly AgeBracket[]; filter: ReachFilter },
): Promise<GroupRow[]> {
  if (!isPersonLevelTable(by)) {
    const sql = deliveryReachSql(by, options);
    return withReachSettings(prisma, (client) => client.$queryRaw<GroupRow[]>(sql), sql);
  }
  const sql = personReachSql(by, options);
  const settings = rollupAnswers(options.filter) ? ROLLUP_STATEMENT_SETTINGS : REACH_STATEMENT_SETTINGS;
  return withReachSettings(prisma, (client) => client.$queryRaw<GroupRow[]>(sql), sql, settings);
}

/** A count and its cell key. */
interface Keyed {
  readonly people: number;
  readonly key: number;
}
const EMPTY: Keyed = { people: 0, key: 0 };

function assembleTable(
  by: readonly Dimension[],
  groups: readonly GroupRow[],
  {
    brackets,
    categories,
  }: { brackets: readonly AgeBracket[]; categories: Partial<Record<Dimension, readonly string[]>> },
): KeyedUniqueReachTable {
  const n = by.length;
  const fullMask = (1 << n) - 1;
  // The codes of the dimensions a group row is by (rolled-up dimensions are NULL in it).
  const codesOf = (row: GroupRow, indices: readonly number[]): string[] =>
    indices.map((i) => checkedCode(row[`d${i}`], by[i]!));
  const keyedOf = (row: GroupRow | undefined): Keyed =>
    row ? { people: row.people, key: Number(row.cell_key) } : EMPTY;
  const allIndices = by.map((_, i) => i);
  const cellRows = groups.filter((row) => (row.grouping_mask ?? 0) === 0);
  const grand = groups.find((row) => n === 0 || row.grouping_mask === fullMask);

  // Categories: every code seen in a cell, in @crc/metrics order.
  const seen = by.map(() => new Set<string>());
  const cellCounts = new Map<string, Keyed>();
  for (const row of cellRows) {
    const codes = codesOf(row, allIndices);
    codes.forEach((code, i) => seen[i]!.add(code));
    if (n > 0) cellCounts.set(JSON.stringify(codes), keyedOf(row));
  }
  const ordered = by.map((dimension, i) =>
    orderedCategories(dimension, seen[i]!, { listed: categories[dimension] ?? [], brackets }),
  );

  const rowDimensions = n >= 2 ? by.slice(0, -1) : by;
  const columnDimension = n >= 2 ? by[n - 1]! : null;
  const rows = crossProduct(ordered.slice(0, rowDimensions.length));
  const columns = columnDimension ? ordered[n - 1]! : [TOTAL_COLUMN];
  if (rows.length * columns.length > MAX_TABLE_CELLS) {
    throw new FigureInputError(
      `a table by ${by.join(' × ')} would have ${rows.length * columns.length} cells (at most ${MAX_TABLE_CELLS}); use fewer or coarser dimensions`,
      'by',
      'too_many_cells',
      { cells: rows.length * columns.length, max: MAX_TABLE_CELLS },
    );
  }

  const grandTotal = keyedOf(grand);
  if (n === 0) {
    return table({
      rowDimensions,
      columnDimension,
      rows,
      columns,
      cells: [[grandTotal]],
      rowTotals: [grandTotal],
      columnTotals: [grandTotal],
      grandTotal,
      grand,
    });
  }

  const rowMask = 1; // every dimension but the last grouped
  const columnMask = fullMask - 1; // only the last grouped
  const countsAt = (mask: number, indices: readonly number[]): Map<string, Keyed> =>
    new Map(
      groups
        .filter((row) => row.grouping_mask === mask)
        .map((row) => [JSON.stringify(codesOf(row, indices)), keyedOf(row)]),
    );
  const cellAt = (rowCodes: readonly string[], column: string): Keyed =>
    cellCounts.get(JSON.stringify(columnDimension ? [...rowCodes, column] : rowCodes)) ?? EMPTY;

  const cells = rows.map((rowCodes) => columns.map((column) => cellAt(rowCodes, column)));
  let rowTotals: Keyed[];
  let columnTotals: Keyed[];
  if (columnDimension) {
    const rowCounts = countsAt(rowMask, allIndices.slice(0, -1));
    const columnCounts = countsAt(columnMask, [n - 1]);
    rowTotals = rows.map((rowCodes) => rowCounts.get(JSON.stringify(rowCodes)) ?? EMPTY);
    columnTotals = columns.map((column) => columnCounts.get(JSON.stringify([column])) ?? EMPTY);
  } else {
    rowTotals = cells.map((row) => row[0]!);
    columnTotals = [grandTotal];
  }
  return table({ rowDimensions, columnDimension, rows, columns, cells, rowTotals, columnTotals, grandTotal, grand });
}

function table(parts: {
  rowDimensions: readonly Dimension[];
  columnDimension: Dimension | null;
  rows: string[][];
  columns: readonly string[];
  cells: Keyed[][];
  rowTotals: Keyed[];
  columnTotals: Keyed[];
  grandTotal: Keyed;
  grand: GroupRow | undefined;
}): KeyedUniqueReachTable {
  const people = (figure: Keyed) => figure.people;
  const key = (figure: Keyed) => figure.key;
  return {
    unit: 'individuals',
    rowDimensions: parts.rowDimensions,
    columnDimension: parts.columnDimension,
    rows: parts.rows,
    columns: parts.columns,
    cells: parts.cells.map((row) => row.map(people)),
    rowTotals: parts.rowTotals.map(people),
    columnTotals: parts.columnTotals.map(people),
    grandTotal: parts.grandTotal.people,
    additive: false,
    deliveries: Number(parts.grand?.deliveries ?? 0),
    cellKeys: parts.cells.map((row) => row.map(key)),
    rowTotalKeys: parts.rowTotals.map(key),
    columnTotalKeys: parts.columnTotals.map(key),
    grandTotalKey: parts.grandTotal.key,
  };
}

/** A code from the database. Brackets are checked before the query (checkedBrackets), so every age has one. */
function checkedCode(code: string | null | undefined, dimension: Dimension): string {
  if (code === null || code === undefined) throw new Error(`a ${dimension} code is missing from the database's answer`);
  return code;
}

/**
 * Brackets that give every age a bracket: from 0, contiguous, the last open-ended (as
 * defineAgeBrackets builds them). Checked on the input, so the answer never depends on
 * which ages the data holds.
 */
function checkedBrackets(brackets: readonly AgeBracket[]): readonly AgeBracket[] {
  const bad = (reason: string) =>
    new FigureInputError(`age brackets ${reason}; build them with defineAgeBrackets`, 'brackets', 'age_brackets');
  if (brackets.length === 0 || brackets[0]!.minAge !== 0) throw bad('must start at age 0');
  brackets.forEach((bracket, i) => {
    const next = brackets[i + 1];
    if (next === undefined) {
      if (bracket.maxAge !== null) throw bad('must end with an open bracket (such as 60+)');
    } else if (bracket.maxAge === null || next.minAge !== bracket.maxAge + 1) {
      throw bad(`must follow each other without gap or overlap (${bracket.code}, then ${next.code})`);
    }
  });
  return brackets;
}

function crossProduct(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((rows, codes) => rows.flatMap((row) => codes.map((code) => [...row, code])), [[]]);
}
