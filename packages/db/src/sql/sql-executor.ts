/**
 * The few raw-SQL operations that migrations and maintenance need, over either
 * node-postgres or PGlite. Prisma's client cannot run multi-statement scripts, and
 * migrations must run before a PrismaClient is useful.
 */
export interface SqlExecutor {
  /** Runs a script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with positional parameters ($1, $2, ...) and returns its rows. */
  query<Row extends Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<Row[]>;
  /**
   * Streams `rows` (PostgreSQL's COPY text format, see copyText) into `table`'s `columns`:
   * COPY ... FROM STDIN on PostgreSQL, FROM '/dev/blob' on PGlite. Only where every
   * statement runs on the same session (a transaction, or PGlite), so that a temporary
   * staging table filled by it is still there for the next query.
   */
  copyInto?(table: string, columns: readonly string[], rows: string): Promise<void>;
  /** Runs `work` in a transaction on one connection; commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export interface QueryOptions {
  /**
   * Prepare the statement once per connection and reuse it (PostgreSQL keeps its parse and,
   * after a few runs, its plan): for statements run on every request whose text comes from
   * a small fixed set, values always as parameters. Each distinct text stays prepared on
   * every pooled connection for its lifetime. PGlite runs in process and ignores it.
   */
  readonly prepare?: boolean;
  /**
   * A read whose callers may share its rows: identical reads (text and parameters) asked
   * while one runs share the next statement (identical-reads.ts). Only outside
   * transactions, only for statements that write nothing; the rows must not be changed.
   */
  readonly coalesce?: boolean;
}
