import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestStep } from './request-steps';

export interface RateLimitOptions {
  /** Requests per minute for one API key (0: unlimited). */
  readonly perKey: number;
  /** Requests per minute from one client address without a key (0: unlimited). */
  readonly perAddress: number;
  /** Shared counters for several gateway instances; without it, counted in this process. */
  readonly redis?: Redis;
  /** Read the client address from X-Forwarded-For (behind a proxy that sets it). */
  readonly trustProxy: boolean;
}

const WINDOW_SECONDS = 60;

function limiter(points: number, prefix: string, redis: Redis | undefined): RateLimiterAbstract | undefined {
  if (points === 0) return undefined;
  const options = { points, duration: WINDOW_SECONDS, keyPrefix: `crc-gateway:${prefix}` };
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

/** Who is counted: the API key (by hash, the secret is never a store key) or, without one, the client address. */
export function rateLimitSubject(
  request: Request,
  socketAddress: string | undefined,
  trustProxy: boolean,
): { kind: 'key' | 'address'; id: string } {
  const authorization = request.headers.get('authorization');
  if (authorization) return { kind: 'key', id: createHash('sha256').update(authorization).digest('hex').slice(0, 32) };
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return { kind: 'address', id: forwarded || socketAddress || 'unknown' };
}

/**
 * Requests per minute per API key and per client address (rate-limiter-flexible, in
 * memory or in Redis). Over the limit: 429 with Retry-After and a RATE_LIMITED error
 * (reason `rate`; admission-plugin.ts answers reason `backlog`).
 * Only /graphql is counted: health checks and metrics scrapes are not API calls. A step of
 * the gateway's one onRequest hook (request-steps.ts).
 */
export function rateLimitStep(options: RateLimitOptions): RequestStep | undefined {
  const byKey = limiter(options.perKey, 'key', options.redis);
  const byAddress = limiter(options.perAddress, 'address', options.redis);
  // Both limits off: no step, nothing to work out per request.
  if (byKey === undefined && byAddress === undefined) return undefined;
  return (event) => {
    const { request, url, serverContext, fetchAPI } = event;
    if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return false;
    const subject = rateLimitSubject(request, serverContext?.req?.socket.remoteAddress, options.trustProxy);
    const counter = subject.kind === 'key' ? byKey : byAddress;
    if (!counter) return false;
    return counter.consume(subject.id).then(
      () => false,
      (rejection: unknown) => {
        // A store failure (Redis down) lets the request through rather than refusing everyone.
        if (!(rejection instanceof RateLimiterRes)) return false;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const limit = subject.kind === 'key' ? options.perKey : options.perAddress;
        event.endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Too many requests: at most ${limit} a minute per ${subject.kind === 'key' ? 'API key' : 'client address'}; retry after ${retryAfter} s.`,
                  extensions: { code: 'RATE_LIMITED', reason: 'rate', limit, retryAfterSeconds: retryAfter },
                },
              ],
            }),
            { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
          ),
        );
        return true;
      },
    );
  };
}
