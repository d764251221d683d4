/**
 * Everything the DTM client can fail with. Messages name the endpoint and what went
 * wrong, never the subscription key (the client redacts it from any text it quotes).
 */
export class DtmError extends Error {
  override readonly name: string = 'DtmError';
}

/** No subscription key: neither an option nor DTM_SUBSCRIPTION_KEY. */
export class DtmConfigError extends DtmError {
  override readonly name = 'DtmConfigError';
}

/** The API answered `isSuccess: false`; its own messages are kept. */
export class DtmApiError extends DtmError {
  override readonly name = 'DtmApiError';
  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly errorMessages: readonly string[],
  ) {
    super(
      `DTM ${endpoint}: the API reported failure (HTTP ${status}): ${errorMessages.join('; ') || 'no message given'}`,
    );
  }
}

/** A non-2xx answer without a DTM envelope, after the retries ran out (or one not worth retrying). */
export class DtmHttpError extends DtmError {
  override readonly name = 'DtmHttpError';
  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly attempts: number,
  ) {
    super(`DTM ${endpoint}: HTTP ${status} after ${attempts} attempt${attempts === 1 ? '' : 's'}`);
  }
}

/** The answer did not have the documented shape; `rowIndex`/`field` say where. */
export class DtmResponseError extends DtmError {
  override readonly name = 'DtmResponseError';
  constructor(
    readonly endpoint: string,
    readonly detail: string,
    readonly rowIndex?: number,
    readonly field?: string,
  ) {
    super(
      rowIndex === undefined
        ? `DTM ${endpoint}: malformed response: ${detail}`
        : `DTM ${endpoint}: malformed row ${rowIndex}, field "${field ?? '?'}": ${detail}`,
    );
  }
}

/** No complete answer within the per-request timeout. Not retried: a server this slow rarely recovers in seconds. */
export class DtmTimeoutError extends DtmError {
  override readonly name = 'DtmTimeoutError';
  constructor(
    readonly endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(`DTM ${endpoint}: no complete response within ${timeoutMs} ms`);
  }
}

/** The connection failed (DNS, refused, reset) on every attempt. */
export class DtmNetworkError extends DtmError {
  override readonly name = 'DtmNetworkError';
  constructor(
    readonly endpoint: string,
    readonly attempts: number,
    detail: string,
  ) {
    super(`DTM ${endpoint}: network error after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${detail}`);
  }
}
