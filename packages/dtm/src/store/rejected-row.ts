/** A source row that was not written, and why. `row` is the file's row number (1-based, as a spreadsheet shows it) or the API row index. */
export interface RejectedRow {
  readonly row: number;
  /** The column (file header or HXL hashtag) or API field at fault. */
  readonly column: string;
  readonly value?: string;
  readonly reason: string;
}
