import type { MatchReason } from '../duplicates/probable-duplicates';
import type { Rejection } from '../registrations/source-household';
import type { HouseholdChange } from './imported-updates';

/** A probable duplicate as reports show it: rows, submissions and record ids, no names. */
export interface DuplicateFinding {
  /** The file's person: "row 12" or "submission 300004, member 2". */
  readonly person: string;
  /** "row 5" (the file) or "registered person <id>" (the database). */
  readonly other: string;
  readonly otherKind: 'file' | 'existing';
  /** `existing`: the registered person's id. */
  readonly otherId?: string;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

export interface ImportCounts {
  /** Rows (file) or submissions (Kobo) read. */
  readonly read: number;
  readonly households: {
    readonly total: number;
    readonly created: number;
    /** Imported before (same household key or Kobo _uuid) and changed in the source since: brought up to date. */
    readonly updated: number;
    /** Imported before and the same in the source: left as they are. */
    readonly unchanged: number;
    readonly rejected: number;
  };
  readonly people: { readonly created: number; readonly updated: number; readonly unchanged: number };
  readonly deliveries: { readonly created: number };
  readonly duplicates: {
    readonly withinFile: number;
    readonly againstExisting: number;
    readonly queued: number;
    readonly alreadyQueued: number;
  };
}

/** What an import did, or (dry run) would do. */
export interface ImportReport {
  readonly dryRun: boolean;
  /** The registration_import row (real imports). */
  readonly importId?: string;
  readonly source: {
    readonly kind: 'file' | 'kobo';
    readonly name: string;
    readonly fileHash?: string;
    readonly layout?: string;
    readonly ignored: readonly string[];
  };
  readonly centre: { readonly id: string; readonly code: string };
  readonly counts: ImportCounts;
  readonly rejections: readonly Rejection[];
  /** The households updated (dry run: that would be), with the fields that change, by name. */
  readonly changes: readonly HouseholdChange[];
  readonly duplicates: readonly DuplicateFinding[];
  /** The work of the duplicate search: registered people the database kept by its pre-filter, name pairs scored, pairs scored before and remembered. */
  readonly duplicateSearch: {
    readonly registeredCandidates: number;
    readonly pairsScored: number;
    readonly pairsRemembered: number;
  };
  /** Milliseconds spent reading, checking, searching duplicates and writing. */
  readonly timings: {
    readonly readMs: number;
    readonly checkMs: number;
    readonly duplicateSearchMs: number;
    readonly writeMs: number;
  };
}
