import {
  isStatementTimeout,
  isTransactionTimeout,
  PlanCostError,
  postgresErrorCode,
  TRANSACTION_MAX_WAIT_MS,
} from '@crc/db';
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { DatabaseBudgetError } from './database-budget';

// SQLSTATEs of text PostgreSQL refuses (a NUL byte, an invalid or untranslatable character).
const REFUSED_TEXT = new Set(['22021', '22P05', '22P02']);

/**
 * Errors a client can act on keep a code of their own instead of "Unexpected error.":
 * a statement cancelled at its statement_timeout, or a transaction that could not start or
 * finish in its time (Prisma P2028), is QUERY_TIMEOUT, text the database
 * refuses is BAD_USER_INPUT (the request-budget plugin normally stops it before, naming the field).
 */
export function gatewayMaskError(statementTimeoutMs: number): MaskError {
  return (error, message, isDev) => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const located = error instanceof GraphQLError ? error : undefined;
    const keepPlace = { nodes: located?.nodes, path: located?.path };
    if (isStatementTimeout(original)) {
      const timeout = new DatabaseBudgetError('statement', statementTimeoutMs);
      return new GraphQLError(timeout.message, { ...keepPlace, extensions: timeout.extensions });
    }
    if (original instanceof PlanCostError) {
      const refused = new DatabaseBudgetError('estimate', original.limit);
      return new GraphQLError(refused.message, { ...keepPlace, extensions: refused.extensions });
    }
    if (isTransactionTimeout(original)) {
      const busy = new DatabaseBudgetError('transaction', TRANSACTION_MAX_WAIT_MS);
      return new GraphQLError(busy.message, { ...keepPlace, extensions: busy.extensions });
    }
    const code = postgresErrorCode(original);
    if (code !== undefined && REFUSED_TEXT.has(code)) {
      return new GraphQLError('The database refused a text value of this request (for example a NUL character).', {
        ...keepPlace,
        extensions: { code: 'BAD_USER_INPUT', sqlState: code },
      });
    }
    return yogaMaskError(error, message, isDev);
  };
}
