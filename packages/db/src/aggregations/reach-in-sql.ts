import { ADMIN_LEVELS, DEFAULT_AGE_BRACKETS, type AdminLevel, type AgeBracket, type DateInput } from '@crc/domain';
import { DIMENSIONS, MAX_TABLE_CELLS, TOTAL_COLUMN, type Dimension, type UniqueReachTable, orderedCategories } from '@crc/metrics';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { ageJoinSql, BORN_AFTER_AT, dimensionSql } from './reach-dimension-sql';
import { reachFilterSql, type ReachFilter } from './reach-filter';
import { isoDateParameter } from './sql-parameters';

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

/** The Prisma client, or a transaction client: anything that runs $queryRaw. */
export type RawQueryClient = Pick<PrismaClient, '$queryRaw'>;

interface GroupRow {
  /** GROUPING(d0, ..., dn-1): bit n-1-i is set when dimension i is rolled up in this row. */
  readonly grouping_mask: number | null;
  readonly people: number;
  readonly deliveries: bigint | number;
  readonly [dimension: `d${number}`]: string | null;
}

/**
 * Unique reach counted in the database: the same table as @crc/metrics `uniqueReach`
 * over the same deliveries (distinct people per cell; row, column and grand totals are
 * distinct counts too, so a person in two cells counts once in their total), without
 * loading a row into memory. One query: the deliveries' codes are computed in a CTE
 * (one row per person and cell), then grouped by GROUPING SETS (cells, rows, columns, grand total) with
 * COUNT(DISTINCT beneficiary). Works on PostgreSQL and PGlite.
 *
 * Sex, age (on `at`), population group and area are the beneficiary's; area is the
 * area of residence rolled up by p-code prefix; sector is the delivery's project's
 * (see deliverySectorSql). Missing values are counted under `not_recorded`.
 *
 * @throws RangeError for an unknown or repeated dimension, a table by ageBracket
 * without `at`, a person born after `at` or whose age is in no bracket, or a table
 * larger than MAX_TABLE_CELLS.
 */
export async function reachInSql(prisma: RawQueryClient, options: ReachInSqlOptions): Promise<UniqueReachTable> {
  const by = checkedDimensions(options.by.map((dimension) => (dimension === 'area' ? (options.areaLevel ?? 'governorate') : dimension)));
  const brackets = options.brackets ?? DEFAULT_AGE_BRACKETS;
  const at = options.at === undefined ? undefined : isoDateParameter(options.at, 'at');
  const groups = await queryGroups(prisma, by, { at, brackets, filter: options.filter ?? {} });
  return assembleTable(by, groups, { brackets, categories: options.categories ?? {} });
}

function checkedDimensions(by: readonly (Dimension | AdminLevel)[]): Dimension[] {
  const seen = new Set<Dimension>();
  for (const dimension of by) {
    if (!DIMENSIONS.includes(dimension) && !ADMIN_LEVELS.includes(dimension as AdminLevel)) {
      throw new RangeError(`unknown dimension ${JSON.stringify(dimension)}; expected one of area, ${DIMENSIONS.join(', ')}`);
    }
    if (seen.has(dimension)) throw new RangeError(`dimension ${dimension} is given twice`);
    seen.add(dimension);
  }
  return [...seen];
}

/** The grouping sets of a table by `n` dimensions, as lists of dimension indices: cells, rows, columns, grand total. */
function groupingSets(n: number): number[][] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n === 0) return [[]];
  if (n === 1) return [all, []];
  return [all, all.slice(0, -1), [n - 1], []];
}

async function queryGroups(
  prisma: RawQueryClient,
  by: readonly Dimension[],
  { at, brackets, filter }: { at: string | undefined; brackets: readonly AgeBracket[]; filter: ReachFilter },
): Promise<GroupRow[]> {
  const columns = by.map((_, i) => Prisma.raw(`d${i}`)); // generated names, never user input
  const selects = by.map((dimension, i) => Prisma.sql`${dimensionSql(dimension, { at, brackets })} AS ${columns[i]!}`);
  const ageJoin = by.includes('ageBracket') && at !== undefined ? ageJoinSql(at) : Prisma.empty;
  // One row per person and cell first (hash aggregation), with the deliveries behind it:
  // the distinct counts of the grouping sets then sort far fewer rows than one per delivery.
  const groupBy = [Prisma.sql`sd.beneficiary_id`, ...by.map((_, i) => Prisma.raw(String(i + 2)))];
  const base = Prisma.sql`
    SELECT ${Prisma.join([Prisma.sql`sd.beneficiary_id AS person`, ...selects, Prisma.sql`COUNT(*) AS n`])}
    FROM service_delivery sd
    JOIN beneficiary b ON b.id = sd.beneficiary_id
    LEFT JOIN project p ON p.id = sd.project_id
    ${ageJoin}
    WHERE ${reachFilterSql(filter)}
    GROUP BY ${Prisma.join(groupBy)}`;
  const counts = Prisma.sql`COUNT(DISTINCT person)::int AS people, COALESCE(SUM(n), 0)::bigint AS deliveries`;
  if (by.length === 0) {
    return prisma.$queryRaw<GroupRow[]>`WITH base AS (${base}) SELECT NULL::int AS grouping_mask, ${counts} FROM base`;
  }
  const sets = groupingSets(by.length).map((set) =>
    set.length === 0 ? Prisma.sql`()` : Prisma.sql`(${Prisma.join(set.map((i) => columns[i]!))})`,
  );
  return prisma.$queryRaw<GroupRow[]>`
    WITH base AS (${base})
    SELECT ${Prisma.join(columns)}, GROUPING(${Prisma.join(columns)})::int AS grouping_mask, ${counts}
    FROM base
    GROUP BY GROUPING SETS (${Prisma.join(sets)})`;
}

function assembleTable(
  by: readonly Dimension[],
  groups: readonly GroupRow[],
  { brackets, categories }: { brackets: readonly AgeBracket[]; categories: Partial<Record<Dimension, readonly string[]>> },
): UniqueReachTable {
  const n = by.length;
  const fullMask = (1 << n) - 1;
  // The codes of the dimensions a group row is by (rolled-up dimensions are NULL in it).
  const codesOf = (row: GroupRow, indices: readonly number[]): string[] =>
    indices.map((i) => checkedCode(row[`d${i}`], by[i]!));
  const allIndices = by.map((_, i) => i);
  const cellRows = groups.filter((row) => (row.grouping_mask ?? 0) === 0);
  const grand = groups.find((row) => n === 0 || row.grouping_mask === fullMask);

  // Categories: every code seen in a cell, in @crc/metrics order.
  const seen = by.map(() => new Set<string>());
  const cellCounts = new Map<string, number>();
  for (const row of cellRows) {
    const codes = codesOf(row, allIndices);
    codes.forEach((code, i) => seen[i]!.add(code));
    if (n > 0) cellCounts.set(JSON.stringify(codes), row.people);
  }
  const ordered = by.map((dimension, i) => orderedCategories(dimension, seen[i]!, { listed: categories[dimension] ?? [], brackets }));

  const rowDimensions = n >= 2 ? by.slice(0, -1) : by;
  const columnDimension = n >= 2 ? by[n - 1]! : null;
  const rows = crossProduct(ordered.slice(0, rowDimensions.length));
  const columns = columnDimension ? ordered[n - 1]! : [TOTAL_COLUMN];
  if (rows.length * columns.length > MAX_TABLE_CELLS) {
    throw new RangeError(
      `a table by ${by.join(' × ')} would have ${rows.length * columns.length} cells (at most ${MAX_TABLE_CELLS}); use fewer or coarser dimensions`,
    );
  }

  const grandTotal = grand?.people ?? 0;
  if (n === 0) {
    return table({ rowDimensions, columnDimension, rows, columns, cells: [[grandTotal]], rowTotals: [grandTotal], columnTotals: [grandTotal], grandTotal, grand });
  }

  const rowMask = 1; // every dimension but the last grouped
  const columnMask = fullMask - 1; // only the last grouped
  const countsAt = (mask: number, indices: readonly number[]): Map<string, number> =>
    new Map(groups.filter((row) => row.grouping_mask === mask).map((row) => [JSON.stringify(codesOf(row, indices)), row.people]));
  const cellAt = (rowCodes: readonly string[], column: string): number =>
    cellCounts.get(JSON.stringify(columnDimension ? [...rowCodes, column] : rowCodes)) ?? 0;

  const cells = rows.map((rowCodes) => columns.map((column) => cellAt(rowCodes, column)));
  let rowTotals: number[];
  let columnTotals: number[];
  if (columnDimension) {
    const rowCounts = countsAt(rowMask, allIndices.slice(0, -1));
    const columnCounts = countsAt(columnMask, [n - 1]);
    rowTotals = rows.map((rowCodes) => rowCounts.get(JSON.stringify(rowCodes)) ?? 0);
    columnTotals = columns.map((column) => columnCounts.get(JSON.stringify([column])) ?? 0);
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
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
  grand: GroupRow | undefined;
}): UniqueReachTable {
  return {
    unit: 'individuals',
    rowDimensions: parts.rowDimensions,
    columnDimension: parts.columnDimension,
    rows: parts.rows,
    columns: parts.columns,
    cells: parts.cells,
    rowTotals: parts.rowTotals,
    columnTotals: parts.columnTotals,
    grandTotal: parts.grandTotal,
    additive: false,
    deliveries: Number(parts.grand?.deliveries ?? 0),
  };
}

/** A code from the database, refusing the markers of an age that has no bracket. */
function checkedCode(code: string | null | undefined, dimension: Dimension): string {
  if (code === BORN_AFTER_AT) {
    throw new RangeError('a person was born after `at`, the date ages are computed on: ask for a later `at`');
  }
  if (code === null || code === undefined) {
    throw new RangeError(`a ${dimension} code is missing: an age is in none of the brackets; build brackets with defineAgeBrackets`);
  }
  return code;
}

function crossProduct(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((rows, codes) => rows.flatMap((row) => codes.map((code) => [...row, code])), [[]]);
}
