import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KoboAsset } from '../kobo/kobo-schemas';
import { fixtureKoboAsset } from './kobo-fixture-form';
import { fixtureKoboSubmissions } from './kobo-fixture-submissions';

/** A fault the server injects into the next matching request(s) instead of answering normally. */
export type KoboFault =
  | { readonly kind: 'rate-limit'; readonly retryAfter?: string }
  | { readonly kind: 'server-error'; readonly status?: 500 | 502 | 503 | 504 }
  | { readonly kind: 'malformed-body'; readonly body: string };

/** One asset the server holds: its form and its submissions (anything JSON, so malformed ones can be served too). */
export interface LocalKoboAsset {
  readonly asset: KoboAsset;
  readonly submissions: readonly unknown[];
}

export interface ReceivedKoboRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Whether the request carried the expected token (the token itself is not recorded). */
  readonly authorised: boolean;
}

export interface LocalKoboServerOptions {
  /** The API token requests must carry as `Authorization: Token <token>`. */
  readonly token: string;
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Default: the fixture form with 250 fixture submissions. */
  readonly assets?: readonly LocalKoboAsset[];
  /** Page size when the request has no `limit`, and the largest `limit` honoured. Default 100 and 30 000, as KPI. */
  readonly defaultPageSize?: number;
  readonly maxPageSize?: number;
}

export interface LocalKoboServer {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  readonly requests: readonly ReceivedKoboRequest[];
  /** Queues a fault for the next `times` requests (default 1), optionally only for data pages (`data`) or the asset (`asset`). */
  injectFault(fault: KoboFault, options?: { times?: number; endpoint?: 'data' | 'asset' }): void;
  setAssets(assets: readonly LocalKoboAsset[]): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', vary: 'Accept, Authorization', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function wholeNumber(text: string | undefined, fallback: number): number {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : fallback;
}

/**
 * A real HTTP server on 127.0.0.1 that speaks the parts of KoboToolbox's KPI API v2 the
 * importer uses: `/api/v2/assets/{uid}/` (the form) and `/api/v2/assets/{uid}/data/`
 * (submissions, limit/start pagination with `count`, `next`, `previous`, `results`), token
 * authentication (401 `{"detail": "Invalid token."}`), 404 for an unknown asset, and
 * injected 429 (with Retry-After), 5xx and malformed bodies. For tests of the real client.
 */
export async function startLocalKoboServer(options: LocalKoboServerOptions): Promise<LocalKoboServer> {
  let assets: readonly LocalKoboAsset[] = options.assets ?? [
    { asset: fixtureKoboAsset(), submissions: fixtureKoboSubmissions({ count: 250 }) },
  ];
  const defaultPageSize = options.defaultPageSize ?? 100;
  const maxPageSize = options.maxPageSize ?? 30_000;
  const faults: { fault: KoboFault; remaining: number; endpoint?: 'data' | 'asset' }[] = [];
  const requests: ReceivedKoboRequest[] = [];
  let origin = '';

  function takeFault(endpoint: 'data' | 'asset'): KoboFault | undefined {
    const index = faults.findIndex((entry) => entry.endpoint === undefined || entry.endpoint === endpoint);
    const entry = faults[index];
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) faults.splice(index, 1);
    return entry.fault;
  }

  function page(uid: string, held: LocalKoboAsset, query: Record<string, string>): unknown {
    const limit = Math.max(1, Math.min(maxPageSize, wholeNumber(query.limit, defaultPageSize)));
    const start = wholeNumber(query.start, 0);
    const results = held.submissions.slice(start, start + limit);
    const link = (at: number) => `${origin}/api/v2/assets/${uid}/data/?format=json&limit=${limit}&start=${at}`;
    return {
      count: held.submissions.length,
      next: start + limit < held.submissions.length ? link(start + limit) : null,
      previous: start > 0 ? link(Math.max(0, start - limit)) : null,
      results,
    };
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const authorised = req.headers.authorization === `Token ${options.token}`;
    requests.push({ path: url.pathname, query, authorised });
    if (!authorised) {
      send(
        res,
        401,
        { detail: req.headers.authorization ? 'Invalid token.' : 'Authentication credentials were not provided.' },
        { 'www-authenticate': 'Token' },
      );
      return;
    }
    const match = /^\/api\/v2\/assets\/([A-Za-z0-9]+)\/(data\/)?$/.exec(url.pathname);
    const held = match ? assets.find((entry) => entry.asset.uid === match[1]) : undefined;
    if (match === null || held === undefined) {
      send(res, 404, { detail: 'Not found.' });
      return;
    }
    const endpoint = match[2] ? 'data' : 'asset';
    const fault = takeFault(endpoint);
    switch (fault?.kind) {
      case 'rate-limit':
        send(
          res,
          429,
          { detail: 'Request was throttled. Expected available in 1 second.' },
          fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
        );
        return;
      case 'server-error':
        send(res, fault.status ?? 500, '<h1>Server Error (500)</h1>', { 'content-type': 'text/html' });
        return;
      case 'malformed-body':
        send(res, 200, fault.body);
        return;
      case undefined:
        break;
    }
    if (endpoint === 'asset') {
      send(res, 200, { ...held.asset, deployment__submission_count: held.submissions.length });
      return;
    }
    send(res, 200, page(held.asset.uid, held, query));
  }

  const server = createServer(handle);
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: origin,
    requests,
    injectFault(fault, { times = 1, endpoint } = {}) {
      faults.push({ fault, remaining: times, ...(endpoint === undefined ? {} : { endpoint }) });
    },
    setAssets(next) {
      assets = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
