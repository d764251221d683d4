import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisResponseCacheOptions {
  /** Key prefix, so that the cache never meets the rate-limit counters in the same Redis. */
  readonly prefix?: string;
  /** The longest TTL any response gets: entity indexes expire after it, so nothing grows without bound. */
  readonly maxTtlMs: number;
  readonly logger: Logger;
}

/**
 * The response cache in Redis, shared by every gateway instance: a write through any
 * instance invalidates the answers of all. Each response is a string with its TTL;
 * each entity (`Centre:<id>`, `topic:figures`) a set of the response keys holding it.
 * Redis unreachable: reads miss, writes and invalidations are skipped (and logged):
 * the gateway answers from the database, as without a cache.
 */
export function redisResponseCache(
  redis: Redis,
  { prefix = 'crc-gateway:response-cache:', maxTtlMs, logger }: RedisResponseCacheOptions,
): Cache {
  const responseKey = (id: string) => `${prefix}r:${id}`;
  const entityKey = (typename: string, id: string | number | undefined) =>
    `${prefix}e:${id === undefined ? typename : `${typename}:${id}`}`;
  const warn = (operation: string) => (error: unknown) => {
    logger.warn(
      { operation, error: error instanceof Error ? error.message : String(error) },
      'response cache store unreachable',
    );
  };
  return {
    async set(id, result, entities, ttl) {
      const ttlMs = Math.max(1, Math.round(Math.min(ttl, maxTtlMs)));
      const multi = redis.multi().set(responseKey(id), JSON.stringify(result), 'PX', ttlMs);
      for (const entity of entities)
        multi
          .sadd(entityKey(entity.typename, entity.id), responseKey(id))
          .pexpire(entityKey(entity.typename, entity.id), maxTtlMs);
      await multi.exec().catch(warn('set'));
    },
    async get(id) {
      const text = await redis.get(responseKey(id)).catch((error: unknown) => {
        warn('get')(error);
        return null;
      });
      return text === null ? null : (JSON.parse(text) as Awaited<ReturnType<Cache['get']>>);
    },
    async invalidate(entities) {
      try {
        const keys = [...entities].map((entity) => entityKey(entity.typename, entity.id));
        if (keys.length === 0) return;
        const members = await Promise.all(keys.map((key) => redis.smembers(key)));
        await redis.del(...keys, ...members.flat());
      } catch (error) {
        warn('invalidate')(error);
      }
    },
  };
}
