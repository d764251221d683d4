import { builder } from '../../builder';
import type { FigureDisclosure } from './figure-disclosure';
import { ReachDimensionEnum, type ReachDimensionCode } from './reach-dimension';

/** One reason only: a reader cannot tell one withheld figure from another. */
export type SuppressionReasonCode = 'protected';

/** The rules a viewer's figures follow, as the API states them. */
export interface DisclosureControl {
  /** False: exact figures. True: every figure is the true count plus noise (cell-key method). */
  readonly perturbed: boolean;
  readonly maxNoise: number | null;
  readonly variance: number | null;
  /** No published value is from 1 to this; null for exact figures. */
  readonly threshold: number | null;
  readonly smallestPublishedValue: number | null;
}

export function disclosureControlOf(disclosure: FigureDisclosure): DisclosureControl {
  if (disclosure.exact)
    return { perturbed: false, maxNoise: null, variance: null, threshold: null, smallestPublishedValue: null };
  const { maxNoise, variance, threshold, smallestPublishedValue } = disclosure.rules;
  return { perturbed: true, maxNoise, variance, threshold, smallestPublishedValue };
}

/** A published figure: its value, or the fact that it is hidden and why (never a zero). */
export interface FigureValue {
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly reason: SuppressionReasonCode | null;
}

/** One code of one dimension, with its label in the request's language. */
export interface FigureCategory {
  readonly dimension: ReachDimensionCode | null;
  readonly code: string;
  readonly label: string;
}

export interface FigureRow {
  readonly categories: readonly FigureCategory[];
  readonly cells: readonly FigureValue[];
  readonly total: FigureValue;
}

export interface FigureTable {
  readonly unit: 'individuals' | 'households' | 'deliveries';
  readonly dimensions: readonly ReachDimensionCode[];
  readonly rowDimensions: readonly ReachDimensionCode[];
  readonly columnDimension: ReachDimensionCode | null;
  readonly columns: readonly FigureCategory[];
  readonly rows: readonly FigureRow[];
  readonly columnTotals: readonly FigureValue[];
  readonly grandTotal: FigureValue;
  readonly additive: boolean;
  readonly disclosure: DisclosureControl;
}

export const SuppressionReasonEnum = builder.enumType('SuppressionReason', {
  description: 'Why a figure is withheld from a viewer who may not see exact figures. There is one reason only.',
  values: {
    PROTECTED: {
      value: 'protected',
      description: 'The figure could not be published under the disclosure-control rules (see `DisclosureControl`).',
    },
  } as const,
});

export const DisclosureControlRef = builder.objectRef<DisclosureControl>('DisclosureControl').implement({
  description:
    'The rules the figures of a table follow for this viewer. Exact figures (ADMIN; CENTRE_STAFF on the deliveries of their own centre) have `perturbed: false`. Otherwise every cell and every total is the true count plus noise from a published perturbation table (the cell-key method of statistical offices): the noise has mean 0 and is at most `maxNoise`; no value from 1 to `threshold` is ever shown (a 0 may stand for 0 to `threshold` + 1 people); the same people always give the same value, in any table or filter; totals are perturbed on their own, so they need not equal the sum of their cells.',
  fields: (t) => ({
    perturbed: t.exposeBoolean('perturbed', {
      description: 'True when figures are perturbed; false when they are exact.',
    }),
    maxNoise: t.exposeInt('maxNoise', {
      nullable: true,
      description: 'No figure is more than this away from the true count; null for exact figures.',
    }),
    variance: t.exposeFloat('variance', {
      nullable: true,
      description: 'Variance of the noise for counts large enough to allow it; null for exact figures.',
    }),
    threshold: t.exposeInt('threshold', {
      nullable: true,
      description: 'No published value is from 1 to this; null for exact figures.',
    }),
    smallestPublishedValue: t.exposeInt('smallestPublishedValue', {
      nullable: true,
      description: 'The smallest positive value a figure can show (threshold + 1); null for exact figures.',
    }),
  }),
});

export const FigureUnitEnum = builder.enumType('FigureUnit', {
  description: 'What a figure counts; never add figures of different units.',
  values: {
    INDIVIDUALS: { value: 'individuals', description: 'Distinct people.' },
    HOUSEHOLDS: { value: 'households', description: 'Households.' },
    DELIVERIES: { value: 'deliveries', description: 'Services delivered (a person served twice counts twice).' },
  } as const,
});

export const FigureValueRef = builder.objectRef<FigureValue>('FigureValue').implement({
  description:
    'A figure as published: its value, or null with the reason it is hidden. A hidden figure is never shown as 0.',
  fields: (t) => ({
    value: t.int({
      nullable: true,
      description:
        'The count as published (perturbed for protected viewers, see `FigureTable.disclosure`); null when withheld.',
      resolve: (figure) => figure.value,
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when the figure is hidden from this viewer.' }),
    reason: t.field({
      type: SuppressionReasonEnum,
      nullable: true,
      description: 'Why it is hidden; null when shown.',
      resolve: (figure) => figure.reason,
    }),
  }),
});

export const FigureCategoryRef = builder.objectRef<FigureCategory>('FigureCategory').implement({
  description:
    'One category of a breakdown (a sex, an age bracket, an area, ...), with its label in the request’s language.',
  fields: (t) => ({
    dimension: t.field({
      type: ReachDimensionEnum,
      nullable: true,
      description: 'The dimension it belongs to; null for the single `total` column of a one-dimension table.',
      resolve: (category) => category.dimension,
    }),
    code: t.string({
      resolve: (category) => category.code,
      description:
        'Stable code: a vocabulary code (`female`, `idp`, `legal_counselling`, `education`), an age bracket (`18-59`), a p-code (`IQG10`), `not_recorded` for people without a value, or `total`.',
    }),
    label: t.string({
      description: 'Label in the request’s language (area names, age brackets with localized digits).',
      resolve: (category) => category.label,
    }),
  }),
});

export const FigureRowRef = builder.objectRef<FigureRow>('FigureRow').implement({
  description: 'One row of a table: its categories (one per row dimension), its cells (one per column) and its total.',
  fields: (t) => ({
    categories: t.field({
      type: [FigureCategoryRef],
      description: 'One category per row dimension, in `rowDimensions` order.',
      resolve: (row) => row.categories,
    }),
    cells: t.field({
      type: [FigureValueRef],
      description: 'One figure per column, in `columns` order.',
      resolve: (row) => row.cells,
    }),
    total: t.field({ type: FigureValueRef, description: 'The row total.', resolve: (row) => row.total }),
  }),
});

export const FigureTableRef = builder.objectRef<FigureTable>('FigureTable').implement({
  description:
    'A table of figures with its totals. For distinct counts (`additive: false`) a total counts each person once even when they are in several cells, so it can be less than the sum of its cells. Viewers who may not see exact figures get every figure perturbed (see `disclosure`), so totals need not add up either.',
  fields: (t) => ({
    unit: t.field({ type: FigureUnitEnum, description: 'What the figures count.', resolve: (table) => table.unit }),
    dimensions: t.field({
      type: [ReachDimensionEnum],
      description: 'The dimensions asked for, in order.',
      resolve: (table) => table.dimensions,
    }),
    rowDimensions: t.field({
      type: [ReachDimensionEnum],
      description: 'Dimensions of the rows: all but the last, or the only one.',
      resolve: (table) => table.rowDimensions,
    }),
    columnDimension: t.field({
      type: ReachDimensionEnum,
      nullable: true,
      description:
        'Dimension of the columns (the last asked for); null for a one-dimension table, whose single column is `total`.',
      resolve: (table) => table.columnDimension,
    }),
    columns: t.field({
      type: [FigureCategoryRef],
      description: 'The columns, in order.',
      resolve: (table) => table.columns,
    }),
    rows: t.field({
      type: [FigureRowRef],
      description: 'Every combination of the row dimensions’ categories, in order; 0 where nobody was counted.',
      resolve: (table) => table.rows,
    }),
    columnTotals: t.field({
      type: [FigureValueRef],
      description: 'One total per column.',
      resolve: (table) => table.columnTotals,
    }),
    grandTotal: t.field({
      type: FigureValueRef,
      description: 'The total of the whole table.',
      resolve: (table) => table.grandTotal,
    }),
    additive: t.boolean({
      description: 'True when totals are sums of cells; false for distinct counts of people (do not add their cells).',
      resolve: (table) => table.additive,
    }),
    suppressionThreshold: t.int({
      nullable: true,
      deprecationReason:
        'Use `disclosure`: figures are perturbed, not suppressed. This is `disclosure.smallestPublishedValue`.',
      description: 'k: no figure from 1 to k - 1 is shown to this viewer; null when figures are exact.',
      resolve: (table) => table.disclosure.smallestPublishedValue,
    }),
    disclosure: t.field({
      type: DisclosureControlRef,
      description: 'The rules these figures follow for this viewer: exact, or perturbed and how.',
      resolve: (table) => table.disclosure,
    }),
  }),
});
