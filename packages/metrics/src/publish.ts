import type { CountUnit, CrossTable } from './cross-table';
import {
  DEFAULT_PERTURBATION_PARAMETERS,
  noiseFor,
  perturbationTable,
  type PerturbationParameters,
  type PerturbationTable,
} from './perturbation-table';

/**
 * A table of true counts of people with the cell key of every cell and every total
 * (see `cellKeyOf`): what `publish` needs. `null` is a figure whose key is unknown.
 */
export interface KeyedCrossTable<Dimension extends string = string> extends CrossTable<Dimension> {
  readonly cellKeys: readonly (readonly (number | null)[])[];
  readonly rowTotalKeys: readonly (number | null)[];
  readonly columnTotalKeys: readonly (number | null)[];
  readonly grandTotalKey: number | null;
}

/** Why a figure is withheld. One reason only: a reader cannot tell one withheld figure from another. */
export type ProtectionReason = 'protected';

/** A figure as a protected viewer gets it: a published (perturbed) value, or withheld. */
export type ProtectedFigure =
  { readonly hidden: false; readonly value: number } | { readonly hidden: true; readonly reason: ProtectionReason };

/** The rules every figure of a protected table follows, for the reader. */
export interface PerturbationRules extends PerturbationParameters {
  /** Always true here: values are true counts plus noise; `false` only where a caller states exact figures. */
  readonly perturbed: true;
  /** The smallest positive value that can be published: threshold + 1. */
  readonly smallestPublishedValue: number;
}

export interface ProtectedTable<Dimension extends string = string> {
  readonly unit: CountUnit;
  readonly rowDimensions: readonly Dimension[];
  readonly columnDimension: Dimension | null;
  readonly rows: readonly (readonly string[])[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly ProtectedFigure[])[];
  readonly rowTotals: readonly ProtectedFigure[];
  readonly columnTotals: readonly ProtectedFigure[];
  readonly grandTotal: ProtectedFigure;
  /** Always false: every total is perturbed on its own, so totals need not equal sums of published cells. */
  readonly additive: false;
  readonly rules: PerturbationRules;
}

export interface PublishOptions {
  /** The perturbation table; default the one of DEFAULT_PERTURBATION_PARAMETERS. */
  readonly ptable?: PerturbationTable;
}

let defaultTable: PerturbationTable | undefined;
/** The perturbation table of DEFAULT_PERTURBATION_PARAMETERS, built once. */
export function defaultPerturbationTable(): PerturbationTable {
  defaultTable ??= perturbationTable(DEFAULT_PERTURBATION_PARAMETERS);
  return defaultTable;
}

/** The rules of a perturbation table, as stated to readers. */
export function perturbationRulesOf(ptable: PerturbationTable): PerturbationRules {
  return { ...ptable.parameters, perturbed: true, smallestPublishedValue: ptable.parameters.threshold + 1 };
}

/**
 * One count as published: the true count plus the noise the perturbation table gives
 * for (cell key, count). The same people (so the same key and count) always get the same
 * value. A true 0 stays 0; no value from 1 to the threshold is ever returned. A count
 * without a key cannot be perturbed consistently, so it is withheld (never shown exact),
 * unless it is 0.
 */
export function publishCount(count: number, cellKey: number | null, options: PublishOptions = {}): ProtectedFigure {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`a count must be a non-negative integer (got ${count})`);
  if (count === 0) return { hidden: false, value: 0 };
  if (cellKey === null) return { hidden: true, reason: 'protected' };
  const ptable = options.ptable ?? defaultPerturbationTable();
  return { hidden: false, value: count + noiseFor(ptable, count, cellKey) };
}

/**
 * A table of people as protected viewers get it (the cell-key method): every cell, row
 * total, column total and the grand total perturbed from its own cell key and true
 * count, never derived from the published cells. So published totals are not sums of
 * published cells (`additive: false`), and asking the same people through another table
 * or filter gives the same value: repeating or reshaping a question gains nothing.
 *
 * ```ts
 * const published = publish(keyedTable);
 * published.cells[0][0];   // { hidden: false, value: 0 } or a value of at least 5
 * published.rules;         // { maxNoise: 5, variance: 3, threshold: 4, perturbed: true, smallestPublishedValue: 5 }
 * ```
 */
export function publish<Dimension extends string>(
  table: KeyedCrossTable<Dimension>,
  options: PublishOptions = {},
): ProtectedTable<Dimension> {
  const ptable = options.ptable ?? defaultPerturbationTable();
  const one = (count: number, key: number | null | undefined, what: string): ProtectedFigure => {
    if (key === undefined) throw new RangeError(`${what} has no cell key entry`);
    return publishCount(count, key, { ptable });
  };
  return {
    unit: table.unit,
    rowDimensions: table.rowDimensions,
    columnDimension: table.columnDimension,
    rows: table.rows,
    columns: table.columns,
    cells: table.cells.map((row, r) => row.map((count, c) => one(count, table.cellKeys[r]?.[c], `cell [${r}][${c}]`))),
    rowTotals: table.rowTotals.map((count, r) => one(count, table.rowTotalKeys[r], `row total ${r}`)),
    columnTotals: table.columnTotals.map((count, c) => one(count, table.columnTotalKeys[c], `column total ${c}`)),
    grandTotal: one(table.grandTotal, table.grandTotalKey, 'the grand total'),
    additive: false,
    rules: perturbationRulesOf(ptable),
  };
}
