import { z } from 'zod';

/** A published figure as the gateway returns it: a value, or null when it is hidden from the viewer. */
const figureValue = z.object({ value: z.number().int().nullable(), suppressed: z.boolean() });

const category = z.object({ dimension: z.string().nullable(), code: z.string(), label: z.string() });

/**
 * A figure table exactly as the gateway's `reach` field publishes it to a viewer (the
 * fields of FIGURE_TABLE_SELECTION). Exports take this, never raw counts, so a
 * protected viewer's file holds the very values the graph gave them.
 */
export const publishedFigureTableSchema = z.object({
  unit: z.enum(['INDIVIDUALS', 'HOUSEHOLDS', 'DELIVERIES']),
  rowDimensions: z.array(z.string()),
  columnDimension: z.string().nullable(),
  columns: z.array(category),
  rows: z.array(z.object({ categories: z.array(category), cells: z.array(figureValue), total: figureValue })),
  columnTotals: z.array(figureValue),
  grandTotal: figureValue,
  suppressionThreshold: z.number().int().nullable(),
});

export type PublishedFigureTable = z.infer<typeof publishedFigureTableSchema>;
export type PublishedFigureValue = z.infer<typeof figureValue>;

/** The selection of a FigureTable that publishedFigureTableSchema reads. */
export const FIGURE_TABLE_SELECTION = `
  unit rowDimensions columnDimension suppressionThreshold
  columns { dimension code label }
  rows { categories { dimension code label } cells { value suppressed } total { value suppressed } }
  columnTotals { value suppressed }
  grandTotal { value suppressed }`;
