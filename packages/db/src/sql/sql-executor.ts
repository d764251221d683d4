/**
 * The few raw-SQL operations that migrations and maintenance need, over either
 * node-postgres or PGlite. Prisma's client cannot run multi-statement scripts, and
 * migrations must run before a PrismaClient is useful.
 */
export interface SqlExecutor {
  /** Runs a script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with positional parameters ($1, $2, ...) and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in a transaction on one connection; commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}
