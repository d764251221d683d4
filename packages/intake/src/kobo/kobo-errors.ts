/**
 * Everything the KoboToolbox client can fail with. Messages name the request and what
 * went wrong, never the API token (it travels in the Authorization header only, and the
 * client redacts it from any server text it quotes).
 */
export class KoboError extends Error {
  override readonly name: string = 'KoboError';
}

/** 401 or 403: the token is missing, wrong, or may not read this asset. Not retried. */
export class KoboAuthError extends KoboError {
  override readonly name = 'KoboAuthError';
  constructor(
    readonly url: string,
    readonly status: number,
    detail: string,
  ) {
    super(
      `KoboToolbox ${url}: HTTP ${status}: ${detail || 'not authorised'} (check --token: an API token from your KoboToolbox account settings, with permission to view the asset's submissions)`,
    );
  }
}

/** A non-2xx answer after the retries ran out, or one not worth retrying (404 for an unknown asset). */
export class KoboHttpError extends KoboError {
  override readonly name = 'KoboHttpError';
  constructor(
    readonly url: string,
    readonly status: number,
    readonly attempts: number,
    detail: string,
  ) {
    super(
      `KoboToolbox ${url}: HTTP ${status} after ${attempts} attempt${attempts === 1 ? '' : 's'}${detail ? `: ${detail}` : ''}`,
    );
  }
}

/** The answer (a page or the asset) did not have the documented v2 shape; `field` says where. */
export class KoboResponseError extends KoboError {
  override readonly name = 'KoboResponseError';
  constructor(
    readonly url: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`KoboToolbox ${url}: malformed response, field "${field}": ${detail}`);
  }
}

/** No complete answer within the per-request timeout. */
export class KoboTimeoutError extends KoboError {
  override readonly name = 'KoboTimeoutError';
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`KoboToolbox ${url}: no complete response within ${timeoutMs} ms`);
  }
}

/** The connection failed (DNS, refused, reset) on every attempt. */
export class KoboNetworkError extends KoboError {
  override readonly name = 'KoboNetworkError';
  constructor(
    readonly url: string,
    readonly attempts: number,
    detail: string,
  ) {
    super(`KoboToolbox ${url}: network error after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${detail}`);
  }
}
