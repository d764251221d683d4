import { builder } from '../../builder';
import { ReachDimensionEnum, type ReachDimensionCode } from './reach-dimension';

export type SuppressionReasonCode = 'small-cell' | 'complementary';

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
  /** k of the small-cell suppression applied, null when the viewer sees exact figures. */
  readonly suppressionThreshold: number | null;
}

export const SuppressionReasonEnum = builder.enumType('SuppressionReason', {
  description: 'Why a figure is hidden from PUBLIC and PARTNER viewers.',
  values: {
    SMALL_CELL: { value: 'small-cell', description: 'It counts from 1 to k - 1 people (k is `suppressionThreshold`).' },
    COMPLEMENTARY: {
      value: 'complementary',
      description: 'It is not small, but with the published totals it would let someone recompute a small figure.',
    },
  } as const,
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
  description: 'A figure as published: its value, or null with the reason it is hidden. A hidden figure is never shown as 0.',
  fields: (t) => ({
    value: t.int({ nullable: true, description: 'The count; null when suppressed (a real 0 is 0).', resolve: (figure) => figure.value }),
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
  description: 'One category of a breakdown (a sex, an age bracket, an area, ...), with its label in the request’s language.',
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
    categories: t.field({ type: [FigureCategoryRef], description: 'One category per row dimension, in `rowDimensions` order.', resolve: (row) => row.categories }),
    cells: t.field({ type: [FigureValueRef], description: 'One figure per column, in `columns` order.', resolve: (row) => row.cells }),
    total: t.field({ type: FigureValueRef, description: 'The row total.', resolve: (row) => row.total }),
  }),
});

export const FigureTableRef = builder.objectRef<FigureTable>('FigureTable').implement({
  description:
    'A table of figures with its totals. For distinct counts (`additive: false`) a total counts each person once even when they are in several cells, so it can be less than the sum of its cells. PUBLIC and PARTNER viewers get small figures suppressed.',
  fields: (t) => ({
    unit: t.field({ type: FigureUnitEnum, description: 'What the figures count.', resolve: (table) => table.unit }),
    dimensions: t.field({ type: [ReachDimensionEnum], description: 'The dimensions asked for, in order.', resolve: (table) => table.dimensions }),
    rowDimensions: t.field({
      type: [ReachDimensionEnum],
      description: 'Dimensions of the rows: all but the last, or the only one.',
      resolve: (table) => table.rowDimensions,
    }),
    columnDimension: t.field({
      type: ReachDimensionEnum,
      nullable: true,
      description: 'Dimension of the columns (the last asked for); null for a one-dimension table, whose single column is `total`.',
      resolve: (table) => table.columnDimension,
    }),
    columns: t.field({ type: [FigureCategoryRef], description: 'The columns, in order.', resolve: (table) => table.columns }),
    rows: t.field({
      type: [FigureRowRef],
      description: 'Every combination of the row dimensions’ categories, in order; 0 where nobody was counted.',
      resolve: (table) => table.rows,
    }),
    columnTotals: t.field({ type: [FigureValueRef], description: 'One total per column.', resolve: (table) => table.columnTotals }),
    grandTotal: t.field({ type: FigureValueRef, description: 'The total of the whole table.', resolve: (table) => table.grandTotal }),
    additive: t.boolean({
      description: 'True when totals are sums of cells; false for distinct counts of people (do not add their cells).',
      resolve: (table) => table.additive,
    }),
    suppressionThreshold: t.int({
      nullable: true,
      description: 'k of the small-cell suppression applied for this viewer (figures from 1 to k - 1 are hidden); null when figures are exact.',
      resolve: (table) => table.suppressionThreshold,
    }),
  }),
});
