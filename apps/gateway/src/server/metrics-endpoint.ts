import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import type { RequestStep } from './request-steps';

/** True when the request may read the metrics: no key configured, or `Authorization: Bearer <key>`. */
export function mayReadMetrics(authorization: string | null | undefined, key: string | undefined): boolean {
  if (key === undefined) return true;
  const expected = Buffer.from(`Bearer ${key}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `GET /metrics` on the API port (when METRICS_PORT is unset), behind METRICS_KEY when set: a step of the gateway's one onRequest hook (request-steps.ts). */
export function metricsEndpointStep(registry: Registry, key: string | undefined): RequestStep {
  return (event) => {
    const { url, request, fetchAPI } = event;
    if (url.pathname !== '/metrics') return false;
    if (!mayReadMetrics(request.headers.get('authorization'), key)) {
      event.endResponse(
        new fetchAPI.Response('metrics need the METRICS_KEY\n', {
          status: 401,
          headers: { 'www-authenticate': 'Bearer' },
        }),
      );
      return true;
    }
    return registry.metrics().then((text) => {
      event.endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } }));
      return true;
    });
  };
}

/** `/metrics` alone on a port of its own (METRICS_PORT), e.g. one only the monitoring network reaches. */
export async function serveMetrics(
  registry: Registry,
  port: number,
  host: string | undefined,
  key: string | undefined,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    if (!mayReadMetrics(request.headers.authorization, key)) {
      response.writeHead(401, { 'www-authenticate': 'Bearer' }).end('metrics need the METRICS_KEY\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
