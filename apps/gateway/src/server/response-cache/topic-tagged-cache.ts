import type { Cache } from '@graphql-yoga/plugin-response-cache';
import { topicEntity, type CacheTopic } from './cached-root-fields';

const SEPARATOR = '#';

/** A cache key that carries the topics of its response in front of the hash: `centres,reference#<sha256>`. */
export function topicKey(topics: readonly CacheTopic[], hash: string): string {
  return `${[...topics].sort().join(',')}${SEPARATOR}${hash}`;
}

function topicsOfKey(key: string): CacheTopic[] {
  const end = key.indexOf(SEPARATOR);
  return end <= 0 ? [] : (key.slice(0, end).split(',') as CacheTopic[]);
}

/**
 * Files every response also under its topics (see topicKey), so a write can drop,
 * for example, every figure at once; the plugin itself only knows objects with an id,
 * and figure tables have none.
 */
export function topicTaggedCache(inner: Cache): Cache {
  return {
    set: (key, result, entities, ttl) =>
      inner.set(key, result, [...entities, ...topicsOfKey(key).map(topicEntity)], ttl),
    get: (key) => inner.get(key),
    invalidate: (entities) => inner.invalidate(entities),
  };
}
