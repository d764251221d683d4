import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { backoffMs, RETRYABLE_STATUSES } from './backoff';
import {
  DtmApiError,
  DtmConfigError,
  DtmError,
  DtmHttpError,
  DtmNetworkError,
  DtmResponseError,
  DtmTimeoutError,
} from './dtm-errors';
import { DtmDisplacementQuerySchema, toSearchParams, type DtmDisplacementQuery } from './dtm-query';
import {
  DtmCountrySchema,
  DtmDisplacementRowSchema,
  DtmEnvelopeSchema,
  DtmOperationSchema,
  type DtmCountry,
  type DtmDisplacementRow,
  type DtmOperation,
} from './dtm-schemas';
import { retryAfterMs } from './retry-after';

export const DTM_DEFAULT_BASE_URL = 'https://dtmapi.iom.int';

/** What the client tells a logger; never the subscription key (it travels in a header only). */
export type DtmClientEvent =
  | { readonly type: 'request'; readonly endpoint: string; readonly url: string; readonly attempt: number }
  | {
      readonly type: 'retry';
      readonly endpoint: string;
      readonly status: number | 'network';
      readonly attempt: number;
      readonly delayMs: number;
    }
  | {
      readonly type: 'response';
      readonly endpoint: string;
      readonly status: number;
      readonly rows: number;
      readonly ms: number;
    };

export interface DtmClientOptions {
  /** Default: the DTM_SUBSCRIPTION_KEY environment variable. */
  readonly subscriptionKey?: string;
  /** Default https://dtmapi.iom.int (or DTM_BASE_URL). */
  readonly baseUrl?: string;
  /** Per request, body included. Default 30 000 ms. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 429/500/502/503/504 and network errors. Default 3. */
  readonly retries?: number;
  /** First backoff delay when the server sends no Retry-After. Default 1000 ms. */
  readonly backoffBaseMs?: number;
  /** Longest wait between attempts, Retry-After included. Default 60 000 ms. */
  readonly maxDelayMs?: number;
  readonly onEvent?: (event: DtmClientEvent) => void;
  /** Where the defaults come from (tests pass their own). Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type DtmAdminLevelEndpoint = 'admin0' | 'admin1' | 'admin2';

export interface DtmClient {
  readonly baseUrl: string;
  /** IDP figures at one admin level, filtered by the documented query parameters. */
  displacement(
    level: DtmAdminLevelEndpoint,
    query: DtmDisplacementQuery,
    signal?: AbortSignal,
  ): Promise<DtmDisplacementRow[]>;
  countries(signal?: AbortSignal): Promise<DtmCountry[]>;
  operations(signal?: AbortSignal): Promise<DtmOperation[]>;
}

function redactor(secret: string): (text: string) => string {
  return (text) => (secret.length > 0 ? text.split(secret).join('[redacted]') : text);
}

function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(row)' : issue.path.map(String).join('.');
}

/**
 * A client for the DTM v3 displacement API. Every answer is validated with zod; the
 * subscription key goes in the `Ocp-Apim-Subscription-Key` header and nowhere else.
 */
export function createDtmClient(options: DtmClientOptions = {}): DtmClient {
  const env = options.env ?? process.env;
  const subscriptionKey = options.subscriptionKey ?? env.DTM_SUBSCRIPTION_KEY ?? '';
  const baseUrl = (options.baseUrl ?? env.DTM_BASE_URL ?? DTM_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const backoffBaseMs = options.backoffBaseMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const emit = options.onEvent ?? (() => undefined);
  const redact = redactor(subscriptionKey);

  async function attemptOnce(
    endpoint: string,
    url: string,
    signal: AbortSignal | undefined,
  ): Promise<{ status: number; headers: Headers; body: string }> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await fetch(url, {
        headers: { 'Ocp-Apim-Subscription-Key': subscriptionKey, Accept: 'application/json' },
        signal: combined,
      });
      // Read the body under the same signal: a server that stalls mid-body also times out.
      const body = await response.text();
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (timeout.aborted) throw new DtmTimeoutError(endpoint, timeoutMs);
      if (signal?.aborted) throw error;
      throw new NetworkFailure(redact(error instanceof Error ? `${error.message}${causeOf(error)}` : String(error)));
    }
  }

  async function request(
    endpoint: string,
    params: URLSearchParams | undefined,
    signal?: AbortSignal,
  ): Promise<unknown[]> {
    if (subscriptionKey === '') throw new DtmConfigError('no DTM subscription key: set DTM_SUBSCRIPTION_KEY');
    const query = params?.toString();
    const url = `${baseUrl}/v3/displacement/${endpoint}${query ? `?${query}` : ''}`;
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      emit({ type: 'request', endpoint, url, attempt });
      let answer: { status: number; headers: Headers; body: string };
      try {
        answer = await attemptOnce(endpoint, url, signal);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        if (attempt >= retries) throw new DtmNetworkError(endpoint, attempt + 1, error.message);
        const delayMs = backoffMs(attempt, backoffBaseMs, maxDelayMs);
        emit({ type: 'retry', endpoint, status: 'network', attempt, delayMs });
        await sleep(delayMs, undefined, signal ? { signal } : undefined);
        continue;
      }
      if (RETRYABLE_STATUSES.has(answer.status) && attempt < retries) {
        const delayMs = Math.min(
          maxDelayMs,
          retryAfterMs(answer.headers.get('retry-after')) ?? backoffMs(attempt, backoffBaseMs, maxDelayMs),
        );
        emit({ type: 'retry', endpoint, status: answer.status, attempt, delayMs });
        await sleep(delayMs, undefined, signal ? { signal } : undefined);
        continue;
      }
      const rows = readEnvelope(endpoint, answer.status, answer.body, attempt + 1);
      emit({
        type: 'response',
        endpoint,
        status: answer.status,
        rows: rows.length,
        ms: Math.round(performance.now() - started),
      });
      return rows;
    }
  }

  function readEnvelope(endpoint: string, status: number, body: string, attempts: number): unknown[] {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      if (status < 200 || status >= 300) throw new DtmHttpError(endpoint, status, attempts);
      throw new DtmResponseError(endpoint, 'the body is not JSON');
    }
    const envelope = DtmEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      if (status < 200 || status >= 300) throw new DtmHttpError(endpoint, status, attempts);
      const issue = envelope.error.issues[0];
      throw new DtmResponseError(
        endpoint,
        `envelope field "${issue ? fieldOf(issue) : '?'}": ${issue?.message ?? 'invalid'}`,
      );
    }
    if (!envelope.data.isSuccess) {
      throw new DtmApiError(endpoint, status, (envelope.data.errorMessages ?? []).map(redact));
    }
    if (status < 200 || status >= 300) throw new DtmHttpError(endpoint, status, attempts);
    return envelope.data.result ?? [];
  }

  function rowsOf<S extends z.ZodType>(endpoint: string, rows: unknown[], schema: S): z.output<S>[] {
    return rows.map((row, index) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      throw new DtmResponseError(endpoint, issue?.message ?? 'invalid', index, issue ? fieldOf(issue) : undefined);
    });
  }

  return {
    baseUrl,
    async displacement(level, query, signal) {
      const parsed = DtmDisplacementQuerySchema.safeParse(query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new DtmError(`DTM ${level}: invalid query: ${issue ? `${fieldOf(issue)}: ${issue.message}` : 'invalid'}`);
      }
      return rowsOf(level, await request(level, toSearchParams(parsed.data), signal), DtmDisplacementRowSchema);
    },
    async countries(signal) {
      return rowsOf('country-list', await request('country-list', undefined, signal), DtmCountrySchema);
    },
    async operations(signal) {
      return rowsOf('operation-list', await request('operation-list', undefined, signal), DtmOperationSchema);
    },
  };
}

/** Internal marker: a failed connection, worth retrying. */
class NetworkFailure extends Error {}

function causeOf(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? ` (${cause.message})` : '';
}
