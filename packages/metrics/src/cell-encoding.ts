import {
  ageBracketAt,
  compareCalendarDates,
  DEFAULT_AGE_BRACKETS,
  toCalendarDate,
  type AgeBracket,
  type DateInput,
} from '@crc/domain';
import { areaAtLevel } from './area-at-level';
import { orderedCategories } from './category-order';
import { TOTAL_COLUMN } from './cross-table';
import {
  AREA_DIMENSION_LEVELS,
  DIMENSIONS,
  isAreaDimension,
  NOT_RECORDED,
  type Dimension,
  type ReachRecord,
} from './dimension';

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

function encodeDimension(
  records: readonly ReachRecord[],
  dimension: Dimension,
  options: BreakdownOptions,
): EncodedDimension {
  // One map lookup per record: records are interned by their raw value (a birth date, a
  // p-code, a sex code); the code it means (a bracket, a governorate) is derived once per
  // distinct raw value.
  const field = FIELD_OF[dimension];
  const codeOfRaw = codeDeriver(dimension, options);
  const rawIndex = new Map<unknown, number>();
  const codeOfIndex: string[] = [];
  const indices = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const raw = records[i]![field];
    let index = rawIndex.get(raw);
    if (index === undefined) {
      index = codeOfIndex.length;
      rawIndex.set(raw, index);
      codeOfIndex.push(raw === null || raw === undefined ? NOT_RECORDED : codeOfRaw(raw));
    }
    indices[i] = index;
  }

  const categories = orderedCategories(dimension, codeOfIndex, {
    listed: options.categories?.[dimension] ?? [],
    brackets: options.brackets ?? DEFAULT_AGE_BRACKETS,
  });
  const position = new Map(categories.map((code, index) => [code, index]));
  const remap = Int32Array.from(codeOfIndex, (code) => position.get(code)!);
  for (let i = 0; i < indices.length; i++) indices[i] = remap[indices[i]!]!;
  return { categories, indices };
}

const FIELD_OF: Readonly<Record<Dimension, keyof ReachRecord>> = {
  sex: 'sex',
  ageBracket: 'dateOfBirth',
  populationGroup: 'populationGroup',
  disabilityStatus: 'disabilityStatus',
  governorate: 'areaPcode',
  district: 'areaPcode',
  subdistrict: 'areaPcode',
  sector: 'sector',
  serviceType: 'serviceType',
};

/** The code a recorded value stands for in a dimension: an age bracket for a birth date, an enclosing area for a p-code. */
function codeDeriver(
  dimension: Dimension,
  options: BreakdownOptions,
): (raw: NonNullable<ReachRecord[keyof ReachRecord]>) => string {
  if (dimension === 'ageBracket') {
    const at = options.at;
    if (at === undefined) throw new RangeError('a table by ageBracket needs `at`, the date ages are computed on');
    const brackets = options.brackets ?? DEFAULT_AGE_BRACKETS;
    const on = toCalendarDate(at, 'at');
    // Someone born after `at` has no age on that date: counted with those whose age is
    // not known, so a table answers the same whatever birth dates it holds (no error
    // that would tell a reader a birth date).
    return (birthDate) =>
      compareCalendarDates(toCalendarDate(birthDate, 'birth date'), on) > 0
        ? NOT_RECORDED
        : ageBracketAt(birthDate, at, brackets).code;
  }
  if (isAreaDimension(dimension)) {
    const level = AREA_DIMENSION_LEVELS[dimension];
    return (pcode) => areaAtLevel(String(pcode), level);
  }
  return (code) => String(code);
}

function crossProduct(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((rows, codes) => rows.flatMap((row) => codes.map((code) => [...row, code])), [[]]);
}
