import { createHash } from 'node:crypto';
import type { Db } from '@crc/db';
import { negotiateLocale } from '@crc/i18n';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Viewer } from '../../auth/viewer';
import { viewerPerRequest } from '../../auth/viewer-per-request';
import {
  CACHE_TOPICS,
  CACHED_ROOT_FIELDS,
  PERSONAL_TYPES,
  topicEntity,
  topicsWrittenBy,
  type CacheTopic,
} from './cached-root-fields';
import { redisResponseCache } from './redis-response-cache';
import { operationRoots } from './root-fields';
import { topicKey, topicTaggedCache } from './topic-tagged-cache';

export interface ResponseCacheOptions {
  readonly db: Db;
  /** How long an answer is kept at most, in milliseconds. */
  readonly ttlMs: number;
  /** Shared store for several gateway instances; without it, answers are kept in this process (LRU of `maxEntries`). */
  readonly redis?: Redis;
  readonly maxEntries?: number;
  readonly logger: Logger;
}

/** Response header that says whether an answer came from the cache: `hit` or `miss` (absent when the cache was not asked). */
export const RESPONSE_CACHE_HEADER = 'x-response-cache';

/**
 * The viewer's scope and language: two requests with the same scope get the same
 * answer. Not the key itself: two keys bound to the same centres share answers, and a
 * revoked key never reaches the cache (its lookup fails first).
 */
export function scopeKey(viewer: Viewer, request: Request): string {
  const digits = request.headers.get('x-digits');
  return [
    viewer.role,
    viewer.organisationId ?? '',
    [...viewer.centreIds].sort().join(','),
    [...(viewer.capabilities ?? [])].sort().join(','),
    negotiateLocale(request.headers.get('accept-language')),
    digits === 'latn' || digits === 'arab' ? digits : '',
  ].join('|');
}

/**
 * Answers to queries that change rarely (reference data, centres, programmes,
 * displacement, published figures: see cached-root-fields), kept per viewer scope and
 * locale, dropped by the writes that change them. A query is cached only when all its
 * root fields are on the list and its answer has no personal type and no error.
 */
export function responseCachePlugins({ db, ttlMs, redis, maxEntries = 1000, logger }: ResponseCacheOptions): Plugin[] {
  const cache = topicTaggedCache(
    redis ? redisResponseCache(redis, { maxTtlMs: ttlMs, logger }) : createInMemoryCache({ max: maxEntries }),
  );
  const uncacheable = new WeakSet<Request>();
  const asked = new WeakSet<Request>();
  const hits = new WeakSet<Request>();
  const ttlPerSchemaCoordinate: Record<string, number> = {
    ...Object.fromEntries(Object.keys(CACHED_ROOT_FIELDS).map((field) => [`Query.${field}`, ttlMs])),
    ...Object.fromEntries(PERSONAL_TYPES.map((type) => [type, 0])),
  };
  return [
    useResponseCache({
      cache,
      // Not listed: not cached (a query's TTL is the smallest of its fields' and types').
      ttl: 0,
      ttlPerSchemaCoordinate,
      ignoredTypes: [...PERSONAL_TYPES],
      includeExtensionMetadata: false,
      session: async (request) => {
        try {
          const scope = scopeKey(await viewerPerRequest(request, db.sql), request);
          asked.add(request);
          return scope;
        } catch {
          // The context will refuse the key (401); such a request must neither read nor fill the cache.
          uncacheable.add(request);
          return null;
        }
      },
      enabled: (request) => !uncacheable.has(request),
      buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) => {
        const roots = operationRoots(documentString, operationName);
        const topics = new Set<CacheTopic>();
        if (roots?.operation === OperationTypeNode.QUERY)
          for (const field of roots.fields) if (CACHED_ROOT_FIELDS[field]) topics.add(CACHED_ROOT_FIELDS[field]);
        const hash = createHash('sha256')
          .update(
            [documentString, operationName ?? '', JSON.stringify(variableValues ?? {}), sessionId ?? ''].join('\u0000'),
          )
          .digest('base64url');
        return topicKey([...topics], hash);
      },
    }),
    {
      onExecutionResult({ request, result }) {
        if (result !== undefined && (result as Record<symbol, unknown>)[Symbol.for('servedFromResponseCache')] === true)
          hits.add(request);
      },
      onResponse({ request, response }) {
        if (asked.has(request) && request.method !== 'OPTIONS')
          response.headers.set(RESPONSE_CACHE_HEADER, hits.has(request) ? 'hit' : 'miss');
      },
    },
    invalidateOnWritePlugin(cache),
  ];
}

/**
 * After a mutation, drops every cached answer of the topics its root fields write
 * (MUTATION_TOPICS; an unknown mutation drops all). The plugin's own invalidation
 * covers the objects a mutation returns (`Project:<id>`); this covers what the write
 * changed without returning it, such as figures.
 */
function invalidateOnWritePlugin(cache: Cache): Plugin {
  return {
    onExecute({ args }) {
      // envelop types the execution arguments as `any` (it does not depend on graphql).
      const { document, operationName } = args as ExecutionArgs;
      const operation = getOperationAST(document, operationName);
      if (operation?.operation !== OperationTypeNode.MUTATION) return;
      const topics = new Set<CacheTopic>();
      for (const selection of operation.selectionSet.selections) {
        const written = selection.kind === Kind.FIELD ? topicsWrittenBy(selection.name.value) : CACHE_TOPICS;
        for (const topic of written) topics.add(topic);
      }
      return {
        // Whatever the outcome: a mutation with an error may still have written through another root field.
        onExecuteDone: async () => {
          await cache.invalidate([...topics].map(topicEntity));
        },
      };
    },
  };
}
