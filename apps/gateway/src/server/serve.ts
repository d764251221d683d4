import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { Gateway } from './create-gateway';

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Mounts the gateway on node:http and listens; resolves once the port is bound. */
export async function serve(
  gateway: Gateway,
  port: number,
  host: string | undefined,
  logger: Logger,
): Promise<RunningServer> {
  const server = createServer(gateway.requestListener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const url = `http://localhost:${boundPort}${gateway.graphqlEndpoint}`;
  return {
    server,
    url,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          logger.warn({ graceMs }, 'closing remaining connections after the grace period');
          server.closeAllConnections();
        }, graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
