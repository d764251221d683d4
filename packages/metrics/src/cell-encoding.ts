import {
  ageBracketAt,
  DEFAULT_AGE_BRACKETS,
  POPULATION_GROUPS,
  SECTORS,
  SERVICE_TYPES,
  SEXES,
  type AgeBracket,
  type DateInput,
} from '@crc/domain';
import { areaAtLevel } from './area-at-level';
import { TOTAL_COLUMN } from './cross-table';
import { AREA_DIMENSION_LEVELS, DIMENSIONS, isAreaDimension, NOT_RECORDED, type Dimension, type ReachRecord } from './dimension';

/** How records are broken down into the cells of a table. */
export interface BreakdownOptions {
  /** Dimensions of the table: the last is the column dimension when there are two or more. */
  readonly by: readonly Dimension[];
  /** The date ages are computed on (usually the last day of the reporting period); required for `ageBracket`. */
  readonly at?: DateInput;
  /** Age brackets; default `DEFAULT_AGE_BRACKETS` of @crc/domain (0-5, 6-17, 18-59, 60+). */
  readonly brackets?: readonly AgeBracket[];
  /**
   * Codes to show, in this order, even when nothing was counted for them (e.g. every
   * age bracket). Codes that occur in the records but are not listed are still shown,
   * after these, so that totals stay totals of every record.
   */
  readonly categories?: Partial<Record<Dimension, readonly string[]>>;
}

/** Every record's cell, as one integer (row index × column count + column index). */
export interface EncodedCells {
  readonly rowDimensions: readonly Dimension[];
  readonly columnDimension: Dimension | null;
  readonly rows: readonly (readonly string[])[];
  readonly columns: readonly string[];
  readonly cellOf: Int32Array;
}

/** Tables above this many cells are refused: they are not tables anyone reads, and would exhaust memory. */
export const MAX_TABLE_CELLS = 4_000_000;

/**
 * Encodes each record's cell without building a key object or string per record: each
 * dimension interns its codes into small integers, then a record's cell is a mixed-radix
 * number of those integers. Rows are the full cross product of the row dimensions' codes.
 */
export function encodeCells(records: readonly ReachRecord[], options: BreakdownOptions): EncodedCells {
  const by = checkedDimensions(options.by);
  const rowDimensions = by.length >= 2 ? by.slice(0, -1) : by;
  const columnDimension = by.length >= 2 ? (by[by.length - 1] ?? null) : null;
  const encoded = by.map((dimension) => encodeDimension(records, dimension, options));

  const rowEncoded = encoded.slice(0, rowDimensions.length);
  const columnEncoded = columnDimension ? encoded[encoded.length - 1] : undefined;
  const columns = columnEncoded ? columnEncoded.categories : [TOTAL_COLUMN];
  const rowCount = rowEncoded.reduce((product, dimension) => product * dimension.categories.length, 1);
  if (rowCount * columns.length > MAX_TABLE_CELLS) {
    throw new RangeError(
      `a table by ${by.join(' × ')} would have ${rowCount * columns.length} cells (at most ${MAX_TABLE_CELLS}); use fewer or coarser dimensions`,
    );
  }

  const cellOf = new Int32Array(records.length);
  // Row index is mixed radix, first row dimension most significant.
  let stride = columns.length;
  if (columnEncoded) cellOf.set(columnEncoded.indices);
  for (let d = rowEncoded.length - 1; d >= 0; d--) {
    const { indices, categories } = rowEncoded[d]!;
    for (let i = 0; i < cellOf.length; i++) cellOf[i]! += indices[i]! * stride;
    stride *= categories.length;
  }

  return { rowDimensions, columnDimension, rows: crossProduct(rowEncoded.map((d) => d.categories)), columns, cellOf };
}

function checkedDimensions(by: readonly Dimension[]): readonly Dimension[] {
  const seen = new Set<Dimension>();
  for (const dimension of by) {
    if (!DIMENSIONS.includes(dimension)) {
      throw new RangeError(`unknown dimension ${JSON.stringify(dimension)}; expected one of ${DIMENSIONS.join(', ')}`);
    }
    if (seen.has(dimension)) throw new RangeError(`dimension ${dimension} is given twice`);
    seen.add(dimension);
  }
  return by;
}

interface EncodedDimension {
  readonly categories: readonly string[];
  readonly indices: Int32Array;
}

function encodeDimension(records: readonly ReachRecord[], dimension: Dimension, options: BreakdownOptions): EncodedDimension {
  const codeOf = codeReader(dimension, options);
  const interned = new Map<string, number>();
  const seen: string[] = [];
  const indices = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const code = codeOf(records[i]!);
    let index = interned.get(code);
    if (index === undefined) {
      index = seen.length;
      interned.set(code, index);
      seen.push(code);
    }
    indices[i] = index;
  }

  const categories = orderedCategories(dimension, seen, options);
  const position = new Map(categories.map((code, index) => [code, index]));
  const remap = Int32Array.from(seen, (code) => position.get(code)!);
  for (let i = 0; i < indices.length; i++) indices[i] = remap[indices[i]!]!;
  return { categories, indices };
}

/** Reads a record's code for one dimension, caching derived codes (ages, area roll-ups) per distinct input. */
function codeReader(dimension: Dimension, options: BreakdownOptions): (record: ReachRecord) => string {
  if (dimension === 'ageBracket') {
    const at = options.at;
    if (at === undefined) throw new RangeError('a table by ageBracket needs `at`, the date ages are computed on');
    const brackets = options.brackets ?? DEFAULT_AGE_BRACKETS;
    const byBirthDate = new Map<string, string>();
    return (record) => {
      const birth = record.dateOfBirth;
      if (birth === null || birth === undefined) return NOT_RECORDED;
      const key = typeof birth === 'string' ? birth : birth.toISOString();
      let code = byBirthDate.get(key);
      if (code === undefined) {
        code = ageBracketAt(birth, at, brackets).code;
        byBirthDate.set(key, code);
      }
      return code;
    };
  }
  if (isAreaDimension(dimension)) {
    const level = AREA_DIMENSION_LEVELS[dimension];
    const byPcode = new Map<string, string>();
    return (record) => {
      const pcode = record.areaPcode;
      if (pcode === null || pcode === undefined) return NOT_RECORDED;
      let code = byPcode.get(pcode);
      if (code === undefined) {
        code = areaAtLevel(pcode, level);
        byPcode.set(pcode, code);
      }
      return code;
    };
  }
  return (record) => record[dimension] ?? NOT_RECORDED;
}

/** Listed categories first, then known codes in vocabulary order, unknown ones sorted, `not_recorded` last. */
function orderedCategories(dimension: Dimension, seen: readonly string[], options: BreakdownOptions): string[] {
  const listed = options.categories?.[dimension] ?? [];
  const reference = referenceOrder(dimension, options);
  const rank = (code: string): number => {
    if (code === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
    const index = reference.indexOf(code);
    return index >= 0 ? index : reference.length;
  };
  const rest = seen
    .filter((code) => !listed.includes(code))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...new Set(listed), ...rest];
}

function referenceOrder(dimension: Dimension, options: BreakdownOptions): readonly string[] {
  switch (dimension) {
    case 'sex':
      return SEXES.map((entry) => entry.code);
    case 'ageBracket':
      return (options.brackets ?? DEFAULT_AGE_BRACKETS).map((bracket) => bracket.code);
    case 'populationGroup':
      return POPULATION_GROUPS.map((entry) => entry.code);
    case 'sector':
      return SECTORS.map((entry) => entry.code);
    case 'serviceType':
      return SERVICE_TYPES.map((entry) => entry.code);
    default:
      return []; // areas: p-code order
  }
}

function crossProduct(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>(
    (rows, codes) => rows.flatMap((row) => codes.map((code) => [...row, code])),
    [[]],
  );
}
