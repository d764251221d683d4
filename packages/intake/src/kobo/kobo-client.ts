import { setTimeout as sleep } from 'node:timers/promises';
import { backoffMs, RETRYABLE_STATUSES, retryAfterMs } from '@crc/dtm';
import type { z } from 'zod';
import {
  KoboAuthError,
  KoboError,
  KoboHttpError,
  KoboNetworkError,
  KoboResponseError,
  KoboTimeoutError,
} from './kobo-errors';
import { KoboAssetSchema, KoboDataPageSchema, type KoboAsset } from './kobo-schemas';

/** What the client tells a logger; never the token (it travels in a header only). */
export type KoboClientEvent =
  | { readonly type: 'request'; readonly url: string; readonly attempt: number }
  | {
      readonly type: 'retry';
      readonly url: string;
      readonly status: number | 'network';
      readonly attempt: number;
      readonly delayMs: number;
    }
  | { readonly type: 'response'; readonly url: string; readonly status: number; readonly ms: number };

export interface KoboClientOptions {
  /** The KPI server, e.g. https://kf.kobotoolbox.org or https://eu.kobotoolbox.org (or KOBO_URL). */
  readonly baseUrl?: string;
  /** An API token (account settings > API key), or KOBO_TOKEN. */
  readonly token?: string;
  /** Submissions per page (`limit`). Default 1000; KPI caps it itself. */
  readonly pageSize?: number;
  /** Per request, body included. Default 60 000 ms. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 429/500/502/503/504 and network errors. Default 4. */
  readonly retries?: number;
  /** First backoff delay when the server sends no Retry-After. Default 1000 ms. */
  readonly backoffBaseMs?: number;
  /** Longest wait between attempts, Retry-After included. Default 60 000 ms. */
  readonly maxDelayMs?: number;
  readonly onEvent?: (event: KoboClientEvent) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** One page of submissions, as the server sent them (each is read by flattenSubmission). */
export interface KoboSubmissionPage {
  /** 1 for the first page. */
  readonly number: number;
  /** Submissions the asset has in all (`count`). */
  readonly count: number;
  /** Position of this page's first submission among all of them (0-based). */
  readonly offset: number;
  readonly results: readonly unknown[];
}

export interface KoboClient {
  readonly baseUrl: string;
  /** `GET /api/v2/assets/{uid}/?format=json`: the form (survey, choices, translations). */
  asset(uid: string, signal?: AbortSignal): Promise<KoboAsset>;
  /** `GET /api/v2/assets/{uid}/data/?format=json`, page by page, following `next`. */
  submissionPages(uid: string, signal?: AbortSignal): AsyncGenerator<KoboSubmissionPage>;
}

/** KPI asset uids are 22 letters and digits; refusing anything else keeps the path from being tampered with. */
const ASSET_UID = /^[A-Za-z0-9]{4,64}$/;

function redactor(secret: string): (text: string) => string {
  return (text) => (secret.length > 0 ? text.split(secret).join('[redacted]') : text);
}

/** `{"detail": "Invalid token."}`, DRF's error body, or a short excerpt of whatever else was sent. */
function detailOf(body: string): string {
  try {
    const json = JSON.parse(body) as unknown;
    if (typeof json === 'object' && json !== null && typeof (json as { detail?: unknown }).detail === 'string')
      return (json as { detail: string }).detail;
  } catch {
    // not JSON: fall through
  }
  return body.slice(0, 120).replace(/\s+/g, ' ').trim();
}

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return {
    field: issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue?.message ?? 'invalid',
  };
}

/**
 * A client for KoboToolbox's KPI API v2. Token authentication (`Authorization: Token <token>`);
 * pages followed by their `next` link, which must stay on the same server (the token is never
 * sent elsewhere); 429 and 5xx retried after `Retry-After` or with backoff; 401/403 fail at once.
 */
export function createKoboClient(options: KoboClientOptions = {}): KoboClient {
  const env = options.env ?? process.env;
  const token = options.token ?? env.KOBO_TOKEN ?? '';
  const baseText = (options.baseUrl ?? env.KOBO_URL ?? '').replace(/\/+$/, '');
  if (baseText === '')
    throw new KoboError('no KoboToolbox server: pass --url (e.g. https://kf.kobotoolbox.org) or set KOBO_URL');
  let base: URL;
  try {
    base = new URL(baseText);
  } catch {
    throw new KoboError(`not a URL: "${baseText}"`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:')
    throw new KoboError(`the KoboToolbox URL must be http(s), not ${base.protocol}`);
  if (token === '') throw new KoboError('no KoboToolbox API token: pass --token or set KOBO_TOKEN');
  const pageSize = options.pageSize ?? 1000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = options.retries ?? 4;
  const backoffBaseMs = options.backoffBaseMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const emit = options.onEvent ?? (() => undefined);
  const redact = redactor(token);

  async function getJson(url: string, signal: AbortSignal | undefined): Promise<unknown> {
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      emit({ type: 'request', url, attempt });
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let status: number;
      let headers: Headers;
      let body: string;
      try {
        const response = await fetch(url, {
          headers: { Authorization: `Token ${token}`, Accept: 'application/json' },
          signal: combined,
          redirect: 'error',
        });
        status = response.status;
        headers = response.headers;
        body = await response.text();
      } catch (error) {
        if (timeout.aborted) throw new KoboTimeoutError(url, timeoutMs);
        if (signal?.aborted) throw error;
        const detail = redact(
          error instanceof Error
            ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
            : String(error),
        );
        if (attempt >= retries) throw new KoboNetworkError(url, attempt + 1, detail);
        const delayMs = backoffMs(attempt, backoffBaseMs, maxDelayMs);
        emit({ type: 'retry', url, status: 'network', attempt, delayMs });
        await sleep(delayMs, undefined, signal ? { signal } : undefined);
        continue;
      }
      if (status === 401 || status === 403) throw new KoboAuthError(url, status, redact(detailOf(body)));
      if (RETRYABLE_STATUSES.has(status) && attempt < retries) {
        const delayMs = Math.min(
          maxDelayMs,
          retryAfterMs(headers.get('retry-after')) ?? backoffMs(attempt, backoffBaseMs, maxDelayMs),
        );
        emit({ type: 'retry', url, status, attempt, delayMs });
        await sleep(delayMs, undefined, signal ? { signal } : undefined);
        continue;
      }
      if (status < 200 || status >= 300) throw new KoboHttpError(url, status, attempt + 1, redact(detailOf(body)));
      emit({ type: 'response', url, status, ms: Math.round(performance.now() - started) });
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new KoboResponseError(url, '(body)', 'is not JSON');
      }
    }
  }

  function assetUrl(uid: string, suffix: string): string {
    if (!ASSET_UID.test(uid))
      throw new KoboError(`not a KoboToolbox asset uid: "${uid}" (letters and digits, e.g. aBcDeFgHiJkLmNoPqRsTuV)`);
    return `${base.href.replace(/\/+$/, '')}/api/v2/assets/${uid}/${suffix}`;
  }

  /** `next` must point at the same server and the same asset's data: the token goes with it. */
  function checkedNext(next: string, current: string): string {
    let url: URL;
    try {
      url = new URL(next, current);
    } catch {
      throw new KoboResponseError(current, 'next', `is not a URL: "${next}"`);
    }
    const expected = new URL(current);
    if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
      throw new KoboResponseError(
        current,
        'next',
        `points away from ${expected.origin}${expected.pathname}; not followed (the token would go with it)`,
      );
    }
    return url.href;
  }

  return {
    baseUrl: base.href.replace(/\/+$/, ''),
    async asset(uid, signal) {
      const url = assetUrl(uid, '?format=json');
      const parsed = KoboAssetSchema.safeParse(await getJson(url, signal));
      if (!parsed.success) {
        const { field, message } = firstIssue(parsed.error);
        throw new KoboResponseError(url, field, message);
      }
      return parsed.data;
    },
    async *submissionPages(uid, signal) {
      let url: string | null = assetUrl(uid, `data/?format=json&limit=${pageSize}`);
      const seen = new Set<string>();
      let offset = 0;
      for (let number = 1; url !== null; number++) {
        if (seen.has(url))
          throw new KoboResponseError(url, 'next', 'points at a page already read (a pagination loop)');
        seen.add(url);
        const parsed = KoboDataPageSchema.safeParse(await getJson(url, signal));
        if (!parsed.success) {
          const { field, message } = firstIssue(parsed.error);
          throw new KoboResponseError(url, field, message);
        }
        const page = parsed.data;
        yield { number, count: page.count, offset, results: page.results };
        offset += page.results.length;
        if (page.next !== null && page.results.length === 0)
          throw new KoboResponseError(url, 'results', 'is empty although `next` is set');
        url = page.next === null ? null : checkedNext(page.next, url);
      }
    },
  };
}
