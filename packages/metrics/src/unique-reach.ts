import { encodeCells, type BreakdownOptions } from './cell-encoding';
import type { CrossTable } from './cross-table';
import type { DeliveryRecord, Dimension } from './dimension';
import type { KeyedCrossTable } from './publish';
import { addToCellKeySum, cellKeyOfSum, EMPTY_CELL_KEY_SUM } from './record-key';

/** Distinct people per cell; `deliveries` is how many deliveries they were counted from. */
export interface UniqueReachTable extends CrossTable<Dimension> {
  readonly unit: 'individuals';
  readonly additive: false;
  readonly deliveries: number;
}

/**
 * People reached, not services delivered: a person served five times counts once.
 *
 * Each cell counts the distinct people with at least one delivery in it, and each total
 * counts the distinct people with at least one delivery anywhere in its row, column or
 * table. So a total is **not** the sum of its cells when people appear in several cells:
 * a woman who had legal counselling and vocational training is one person in each of
 * those two cells, and still one person in the total, which is therefore smaller than the
 * sum of the cells. Adding cells double counts her. Totals are never more than the sum of
 * their cells, and never less than their largest cell.
 *
 * Person attributes (sex, age, population group) are read from each delivery; a person
 * recorded differently on two deliveries is counted in both cells.
 *
 * ```ts
 * const reach = uniqueReach(deliveries, { by: ['serviceType', 'sex'] });
 * reach.grandTotal;  // distinct people, e.g. 1830
 * reach.deliveries;  // deliveries counted, e.g. 5210
 * ```
 */
export function uniqueReach(deliveries: readonly DeliveryRecord[], options: BreakdownOptions): UniqueReachTable {
  return countReach(deliveries, options, null).table;
}

/** A delivery whose person carries their record key (see `drawRecordKey`). */
export interface KeyedDeliveryRecord extends DeliveryRecord {
  readonly recordKey: number;
}

/** A unique-reach table with the cell key of every cell and total: ready for `publish`. */
export interface KeyedUniqueReachTable extends UniqueReachTable {
  readonly cellKeys: KeyedCrossTable['cellKeys'];
  readonly rowTotalKeys: KeyedCrossTable['rowTotalKeys'];
  readonly columnTotalKeys: KeyedCrossTable['columnTotalKeys'];
  readonly grandTotalKey: number;
}

/**
 * `uniqueReach` with cell keys: each cell's and each total's key is the fractional part
 * of the sum of the record keys of the distinct people it counts (`cellKeyOf`). The
 * reference for the cell keys @crc/db computes in SQL. A person's record key is read
 * from their first delivery.
 */
export function keyedUniqueReach(
  deliveries: readonly KeyedDeliveryRecord[],
  options: BreakdownOptions,
): KeyedUniqueReachTable {
  const { table, keys } = countReach(deliveries, options, (i) => deliveries[i]!.recordKey);
  return { ...table, ...keys! };
}

interface ReachKeys {
  readonly cellKeys: number[][];
  readonly rowTotalKeys: number[];
  readonly columnTotalKeys: number[];
  readonly grandTotalKey: number;
}

function countReach(
  deliveries: readonly DeliveryRecord[],
  options: BreakdownOptions,
  recordKeyOf: ((delivery: number) => number) | null,
): { table: UniqueReachTable; keys: ReachKeys | null } {
  const encoded = encodeCells(deliveries, options);
  const rowCount = encoded.rows.length;
  const columnCount = encoded.columns.length;
  const { cellOf } = encoded;

  // People as small integers, then deliveries grouped by person (counting sort), so each
  // person's cells can be marked once with a "last person seen here" stamp: no sets of pairs.
  const personIndex = new Map<string, number>();
  const personOf = new Int32Array(deliveries.length);
  for (let i = 0; i < deliveries.length; i++) {
    const id = deliveries[i]!.beneficiaryId;
    if (typeof id !== 'string' || id === '')
      throw new TypeError(`deliveries[${i}].beneficiaryId must be a non-empty string`);
    let person = personIndex.get(id);
    if (person === undefined) {
      person = personIndex.size;
      personIndex.set(id, person);
    }
    personOf[i] = person;
  }
  const personCount = personIndex.size;
  const start = new Int32Array(personCount + 1);
  for (let i = 0; i < personOf.length; i++) start[personOf[i]! + 1]! += 1;
  for (let person = 0; person < personCount; person++) start[person + 1]! += start[person]!;
  const next = start.slice(0, personCount);
  const byPerson = new Int32Array(deliveries.length);
  for (let i = 0; i < personOf.length; i++) byPerson[next[personOf[i]!]!++] = i;

  const cellReach = new Float64Array(rowCount * columnCount);
  const rowReach = new Float64Array(rowCount);
  const columnReach = new Float64Array(columnCount);
  const cellSeen = new Int32Array(rowCount * columnCount).fill(-1);
  const rowSeen = new Int32Array(rowCount).fill(-1);
  const columnSeen = new Int32Array(columnCount).fill(-1);
  // Cell-key sums (integer steps modulo 2^32), only when keys are asked for.
  const cellKeySum = recordKeyOf ? new Float64Array(rowCount * columnCount) : null;
  const rowKeySum = recordKeyOf ? new Float64Array(rowCount) : null;
  const columnKeySum = recordKeyOf ? new Float64Array(columnCount) : null;
  let grandKeySum = EMPTY_CELL_KEY_SUM;
  for (let person = 0; person < personCount; person++) {
    const key = recordKeyOf && start[person]! < start[person + 1]! ? recordKeyOf(byPerson[start[person]!]!) : 0;
    if (recordKeyOf) grandKeySum = addToCellKeySum(grandKeySum, key);
    for (let j = start[person]!; j < start[person + 1]!; j++) {
      const cell = cellOf[byPerson[j]!]!;
      if (cellSeen[cell] === person) continue;
      cellSeen[cell] = person;
      cellReach[cell]! += 1;
      if (cellKeySum) cellKeySum[cell] = addToCellKeySum(cellKeySum[cell]!, key);
      const row = (cell / columnCount) | 0;
      const column = cell - row * columnCount;
      if (rowSeen[row] !== person) {
        rowSeen[row] = person;
        rowReach[row]! += 1;
        if (rowKeySum) rowKeySum[row] = addToCellKeySum(rowKeySum[row]!, key);
      }
      if (columnSeen[column] !== person) {
        columnSeen[column] = person;
        columnReach[column]! += 1;
        if (columnKeySum) columnKeySum[column] = addToCellKeySum(columnKeySum[column]!, key);
      }
    }
  }

  const cells = encoded.rows.map((_, row) =>
    Array.from(cellReach.subarray(row * columnCount, (row + 1) * columnCount)),
  );
  const keys: ReachKeys | null =
    cellKeySum && rowKeySum && columnKeySum
      ? {
          cellKeys: encoded.rows.map((_, row) =>
            Array.from(cellKeySum.subarray(row * columnCount, (row + 1) * columnCount), cellKeyOfSum),
          ),
          rowTotalKeys: Array.from(rowKeySum, cellKeyOfSum),
          columnTotalKeys: Array.from(columnKeySum, cellKeyOfSum),
          grandTotalKey: cellKeyOfSum(grandKeySum),
        }
      : null;
  const table: UniqueReachTable = {
    unit: 'individuals',
    rowDimensions: encoded.rowDimensions,
    columnDimension: encoded.columnDimension,
    rows: encoded.rows,
    columns: encoded.columns,
    cells,
    rowTotals: Array.from(rowReach),
    columnTotals: Array.from(columnReach),
    grandTotal: personCount,
    additive: false,
    deliveries: deliveries.length,
  };
  return { table, keys };
}
