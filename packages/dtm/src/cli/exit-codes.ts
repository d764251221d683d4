/** crc-dtm exit codes (documented in the README and the usage text). */
export const EXIT = {
  /** Everything read was written (inserted, updated or unchanged). */
  ok: 0,
  /** Completed, but some rows were rejected (see the rejects file). */
  rejectedRows: 1,
  /** Bad command line or missing configuration; nothing was done. */
  usage: 2,
  /** The source failed: unreadable file, unusable columns, DTM API error; nothing was written. */
  source: 3,
  /** The database failed (connection, schema, transaction); nothing was written. */
  database: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
