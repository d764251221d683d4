/** Where a household came from, as rejects and reports name it (never by a person's data). */
export type SourceRef =
  | { readonly kind: 'rows'; readonly rows: readonly number[] }
  | { readonly kind: 'submission'; readonly id: number; readonly uuid: string };

/** One person of a household as the source wrote them: field key -> text. */
export interface SourceMember {
  /** The spreadsheet row, or the repeat instance's position (1-based) in its submission. */
  readonly position: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * One household as read from a spreadsheet or a Kobo submission, before any checking:
 * household fields, members, the key that makes re-imports idempotent, and how each
 * field key was written in the source (the header or question path) for error messages.
 */
export interface SourceHousehold {
  /** Stable per source: `kobo:<_uuid>`, `file:<household key>`, or `file-content:<hash>` without a key column. */
  readonly sourceKey: string;
  readonly ref: SourceRef;
  readonly values: Readonly<Record<string, string>>;
  readonly members: readonly SourceMember[];
  /** Field key -> the header or question path it came from. */
  readonly columns: Readonly<Record<string, string>>;
}

/** A problem with one household, named by row/submission and field; `value` only for fields that are not personal. */
export interface Rejection {
  readonly ref: SourceRef;
  /** The spreadsheet row or repeat instance the problem is on, when it is one person's. */
  readonly position?: number;
  /** As the source names it (header or question path). */
  readonly field: string;
  readonly value?: string;
  readonly reason: string;
}

/** "row 12", "rows 12-14", "submission 300004": how a report names a household. */
export function describeRef(ref: SourceRef): string {
  if (ref.kind === 'submission') return `submission ${ref.id}`;
  const rows = [...ref.rows].sort((a, b) => a - b);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return 'row ?';
  if (first === last) return `row ${first}`;
  return rows.length === last - first + 1 ? `rows ${first}-${last}` : `rows ${rows.join(', ')}`;
}
