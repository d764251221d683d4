import type { TextDirection } from '@crc/i18n';

/** How a column's values are written: text as text, counts and amounts as numbers (so spreadsheets can add them). */
export type ColumnKind = 'text' | 'count' | 'amount' | 'percent' | 'date';

export interface ExportColumn {
  /** Header in the viewer's language. */
  readonly label: string;
  /** HXL hashtag with attributes, e.g. `#reached+ind+f` (https://hxlstandard.org). */
  readonly hxl: string;
  readonly kind: ColumnKind;
}

/**
 * One value: text, a count, an exact decimal string (amounts, kept exact in CSV), or
 * null for a figure that is hidden from this viewer or not recorded (never a 0).
 */
export type ExportCell = string | number | null;

/** A table ready to be written as CSV or XLSX: the same columns and rows in both. */
export interface ExportTable {
  /** Title of the table in the viewer's language (XLSX sheet title, file name hint). */
  readonly title: string;
  /** Short sheet name (at most 31 characters in XLSX). */
  readonly sheetName: string;
  readonly direction: TextDirection;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
  /** Lines about the figures (source, date computed, protection), shown under the table in XLSX. */
  readonly notes: readonly string[];
}
