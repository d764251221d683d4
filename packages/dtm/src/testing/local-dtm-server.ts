import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DtmDisplacementRow } from '../api/dtm-schemas';
import { fixtureDisplacementRows } from './dtm-fixture-dataset';

/** A fault the server injects into the next matching request(s) instead of answering normally. */
export type DtmFault =
  | { readonly kind: 'rate-limit'; readonly retryAfter?: string }
  | { readonly kind: 'server-error'; readonly status?: 500 | 502 | 503 | 504 }
  | { readonly kind: 'not-success'; readonly messages: readonly string[]; readonly status?: number }
  /** Valid envelope; row `rowIndex` gets `field` replaced by `value` (or deleted when value is undefined). */
  | { readonly kind: 'malformed-row'; readonly rowIndex: number; readonly field: string; readonly value?: unknown }
  | { readonly kind: 'malformed-body'; readonly body: string }
  /** Sends headers at once, the body only after `delayMs` (a stalled server). */
  | { readonly kind: 'slow'; readonly delayMs: number };

export interface ReceivedRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Whether the request carried the expected key (the key itself is not recorded). */
  readonly authorised: boolean;
}

export interface LocalDtmServerOptions {
  /** The key requests must carry in Ocp-Apim-Subscription-Key. */
  readonly subscriptionKey: string;
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Default: fixtureDisplacementRows(). */
  readonly rows?: readonly DtmDisplacementRow[];
}

export interface LocalDtmServer {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  readonly requests: readonly ReceivedRequest[];
  /** Queues a fault for the next `times` requests (default 1), optionally only for one endpoint. */
  injectFault(fault: DtmFault, options?: { times?: number; endpoint?: string }): void;
  /** Replaces the dataset. */
  setRows(rows: readonly DtmDisplacementRow[]): void;
  close(): Promise<void>;
}

const LEVELS: Record<string, string> = { admin0: 'Admin0', admin1: 'Admin1', admin2: 'Admin2' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function matches(row: DtmDisplacementRow, query: Record<string, string>): boolean {
  const same = (a: string | null | undefined, b: string | undefined) =>
    b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
  const round = row.roundNumber ?? -1;
  return (
    same(row.operation, query.Operation) &&
    same(row.admin0Name, query.CountryName) &&
    same(row.admin0Pcode, query.Admin0Pcode) &&
    same(row.admin1Name, query.Admin1Name) &&
    same(row.admin1Pcode, query.Admin1Pcode) &&
    same(row.admin2Name, query.Admin2Name) &&
    same(row.admin2Pcode, query.Admin2Pcode) &&
    (query.FromReportingDate === undefined || row.reportingDate >= query.FromReportingDate) &&
    (query.ToReportingDate === undefined || row.reportingDate <= query.ToReportingDate) &&
    (query.FromRoundNumber === undefined || round >= Number(query.FromRoundNumber)) &&
    (query.ToRoundNumber === undefined || round <= Number(query.ToRoundNumber))
  );
}

/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks the documented DTM v3
 * displacement format from a fixture dataset, checks the subscription key, and
 * injects faults on demand. For tests of the real client: no fetch mocks.
 */
export async function startLocalDtmServer(options: LocalDtmServerOptions): Promise<LocalDtmServer> {
  let rows: readonly DtmDisplacementRow[] = options.rows ?? fixtureDisplacementRows();
  const faults: { fault: DtmFault; remaining: number; endpoint?: string }[] = [];
  const requests: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function takeFault(endpoint: string): DtmFault | undefined {
    const index = faults.findIndex((entry) => entry.endpoint === undefined || entry.endpoint === endpoint);
    const entry = faults[index];
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) faults.splice(index, 1);
    return entry.fault;
  }

  function answer(endpoint: string, query: Record<string, string>): { status: number; body: unknown } {
    if (endpoint === 'country-list') {
      const countries = new Map(rows.map((row) => [row.admin0Pcode, row.admin0Name]));
      return {
        status: 200,
        body: {
          isSuccess: true,
          result: [...countries].map(([admin0Pcode, admin0Name]) => ({ admin0Name, admin0Pcode })),
          errorMessages: [],
        },
      };
    }
    if (endpoint === 'operation-list') {
      const operations = new Map(rows.map((row) => [row.operation, row]));
      const result = [...operations.values()].map((row) => ({
        operation: row.operation,
        operationStatus: row.operationStatus,
        admin0Name: row.admin0Name,
        admin0Pcode: row.admin0Pcode,
      }));
      return { status: 200, body: { isSuccess: true, result, errorMessages: [] } };
    }
    const level = LEVELS[endpoint];
    if (level === undefined)
      return { status: 404, body: { isSuccess: false, result: [], errorMessages: [`unknown endpoint ${endpoint}`] } };
    if (query.Operation === undefined && query.CountryName === undefined && query.Admin0Pcode === undefined) {
      return {
        status: 400,
        body: { isSuccess: false, result: [], errorMessages: ['Operation, CountryName or Admin0Pcode is required.'] },
      };
    }
    const result = rows.filter((row) => row.adminLevel === level && matches(row, query));
    return { status: 200, body: { isSuccess: true, result, errorMessages: [] } };
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const authorised = req.headers['ocp-apim-subscription-key'] === options.subscriptionKey;
    requests.push({ path: url.pathname, query, authorised });
    const endpoint = /^\/v3\/displacement\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (!authorised) {
      send(res, 401, { statusCode: 401, message: 'Access denied due to invalid subscription key.' });
      return;
    }
    if (endpoint === undefined) {
      send(res, 404, { statusCode: 404, message: 'Resource not found' });
      return;
    }
    const fault = takeFault(endpoint);
    const normal = answer(endpoint, query);
    switch (fault?.kind) {
      case undefined:
        send(res, normal.status, normal.body);
        return;
      case 'rate-limit':
        send(
          res,
          429,
          { statusCode: 429, message: 'Rate limit is exceeded.' },
          fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
        );
        return;
      case 'server-error':
        send(res, fault.status ?? 500, 'Internal Server Error');
        return;
      case 'not-success':
        send(res, fault.status ?? 200, { isSuccess: false, result: [], errorMessages: fault.messages });
        return;
      case 'malformed-body':
        send(res, 200, fault.body);
        return;
      case 'malformed-row': {
        const body = normal.body as { result: Record<string, unknown>[] };
        const result = body.result.map((row, index) => {
          if (index !== fault.rowIndex) return row;
          const copy = { ...row };
          if (fault.value === undefined) delete copy[fault.field];
          else copy[fault.field] = fault.value;
          return copy;
        });
        send(res, normal.status, { ...body, result });
        return;
      }
      case 'slow': {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.flushHeaders();
        const timer = setTimeout(() => {
          timers.delete(timer);
          res.end(JSON.stringify(normal.body));
        }, fault.delayMs);
        timers.add(timer);
        return;
      }
    }
  }

  const server = createServer(handle);
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    injectFault(fault, { times = 1, endpoint } = {}) {
      faults.push({ fault, remaining: times, ...(endpoint === undefined ? {} : { endpoint }) });
    },
    setRows(next) {
      rows = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
