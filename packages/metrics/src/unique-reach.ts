import { encodeCells, type BreakdownOptions } from './cell-encoding';
import type { CrossTable } from './cross-table';
import type { DeliveryRecord, Dimension } from './dimension';

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
    if (typeof id !== 'string' || id === '') throw new TypeError(`deliveries[${i}].beneficiaryId must be a non-empty string`);
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
  for (let person = 0; person < personCount; person++) {
    for (let j = start[person]!; j < start[person + 1]!; j++) {
      const cell = cellOf[byPerson[j]!]!;
      if (cellSeen[cell] === person) continue;
      cellSeen[cell] = person;
      cellReach[cell]! += 1;
      const row = (cell / columnCount) | 0;
      const column = cell - row * columnCount;
      if (rowSeen[row] !== person) {
        rowSeen[row] = person;
        rowReach[row]! += 1;
      }
      if (columnSeen[column] !== person) {
        columnSeen[column] = person;
        columnReach[column]! += 1;
      }
    }
  }

  const cells = encoded.rows.map((_, row) => Array.from(cellReach.subarray(row * columnCount, (row + 1) * columnCount)));
  return {
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
}
