export * from './dtm-client';
export * from './dtm-errors';
export * from './dtm-query';
export * from './dtm-schemas';
export { retryAfterMs } from './retry-after';
export { backoffMs, RETRYABLE_STATUSES } from './backoff';
