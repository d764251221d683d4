/**
 * The SQLSTATE of a database error, whichever layer threw it: node-postgres and PGlite
 * errors carry it as `code`; Prisma wraps it in `meta.driverAdapterError.cause`.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  for (
    let current: unknown = error, depth = 0;
    current !== null && typeof current === 'object' && depth < 5;
    depth += 1
  ) {
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: { cause?: unknown } };
      cause?: unknown;
    };
    if (isSqlState(candidate.originalCode)) return candidate.originalCode;
    if (isSqlState(candidate.code)) return candidate.code;
    current = candidate.meta?.driverAdapterError?.cause ?? candidate.cause;
  }
  return undefined;
}

// Five digits and capitals; Prisma's own codes (P1000-P6999, e.g. P2010) are not SQLSTATEs (PL/pgSQL's are P0xxx).
function isSqlState(code: unknown): code is string {
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !/^P[1-9]\d{3}$/.test(code);
}

/** 57014 query_canceled: the server stopped a statement at its `statement_timeout`. */
export function isStatementTimeout(error: unknown): boolean {
  return postgresErrorCode(error) === '57014';
}

/**
 * Prisma's P2028: an interactive transaction could not start within its `maxWait`, or ran
 * past its `timeout` and was rolled back. Either way nothing of it was committed.
 */
export function isTransactionTimeout(error: unknown): boolean {
  for (
    let current: unknown = error, depth = 0;
    current !== null && typeof current === 'object' && depth < 5;
    depth += 1
  ) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (candidate.code === 'P2028') return true;
    current = candidate.cause;
  }
  return false;
}
