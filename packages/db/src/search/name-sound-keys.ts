import { nameKey, nameSoundKey } from '@crc/domain';
import { fullNameOf } from '../commands/duplicate-candidates';
import type { PrismaClient } from '../generated/prisma/client';
import type { SqlExecutor } from '../sql/sql-executor';

/*
 * Beneficiary.nameSoundKey is derived from nameKey (@crc/domain nameSoundKey), never
 * written by hand: the client of createDb fills it on every create, update and upsert
 * that writes nameKey, whoever writes (commands, importers, fixtures). Raw SQL writers
 * set the column themselves (demo/people-columns.ts) or leave it NULL, and
 * recomputeNameKeysWhereMissing fills it when the database is next opened.
 */

type Data = Record<string, unknown>;

/** nameKey as a write gives it: a string or `{ set: string }`. */
function writtenNameKey(data: Data): string | undefined {
  const value = data['nameKey'];
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { set?: unknown }).set === 'string')
    return (value as { set: string }).set;
  return undefined;
}

function withSoundKey<T>(data: T): T {
  if (data === null || typeof data !== 'object') return data;
  const key = writtenNameKey(data as Data);
  return key === undefined ? data : { ...data, nameSoundKey: nameSoundKey(key) };
}

function withSoundKeys<T>(data: T): T {
  return (Array.isArray(data) ? data.map(withSoundKey) : withSoundKey(data)) as T;
}

/** The client with Beneficiary.nameSoundKey kept in step with nameKey. */
export function withNameSoundKeys(prisma: PrismaClient): PrismaClient {
  const extended = prisma.$extends({
    name: 'nameSoundKeys',
    query: {
      beneficiary: {
        create: ({ args, query }) => query({ ...args, data: withSoundKey(args.data) }),
        createMany: ({ args, query }) => query({ ...args, data: withSoundKeys(args.data) }),
        createManyAndReturn: ({ args, query }) => query({ ...args, data: withSoundKeys(args.data) }),
        update: ({ args, query }) => query({ ...args, data: withSoundKey(args.data) }),
        updateMany: ({ args, query }) => query({ ...args, data: withSoundKey(args.data) }),
        updateManyAndReturn: ({ args, query }) => query({ ...args, data: withSoundKey(args.data) }),
        upsert: ({ args, query }) =>
          query({ ...args, create: withSoundKey(args.create), update: withSoundKey(args.update) }),
      },
    },
  });
  // Query hooks only: the client keeps PrismaClient's shape, except `$on` (log events), which
  // an extended client drops: it is the base client's, whose engine the extension shares.
  const on = prisma.$on.bind(prisma);
  // (A proxy of its own target: the extended client's `$on` is a read-only property a proxy of it may not change.)
  return new Proxy(
    {},
    {
      get: (_target, property) => (property === '$on' ? on : (Reflect.get(extended, property) as unknown)),
      has: (_target, property) => property === '$on' || Reflect.has(extended, property),
    },
  ) as unknown as PrismaClient;
}

const BATCH = 2000;

/**
 * Recomputes name_key (from the name columns, as registration does) and name_sound_key
 * of every row whose name_sound_key is NULL, in batches; returns how many rows it wrote.
 * NULL marks rows written before the sound key existed, by raw SQL, or before a change of
 * the folding (migration 20261201153000_recompute_name_keys). Cheap when there are none
 * (a partial index holds exactly those rows).
 */
export async function recomputeNameKeysWhereMissing(sql: SqlExecutor): Promise<number> {
  let written = 0;
  for (;;) {
    const rows = await sql.query<{
      id: string;
      given_name: string;
      father_name: string | null;
      family_name: string | null;
    }>(
      `SELECT id::text AS id, given_name, father_name, family_name
       FROM beneficiary WHERE name_sound_key IS NULL LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return written;
    const keys = rows.map((row) =>
      nameKey(fullNameOf({ givenName: row.given_name, fatherName: row.father_name, familyName: row.family_name })),
    );
    await sql.query(
      `UPDATE beneficiary AS b SET name_key = v.name_key, name_sound_key = v.sound_key
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name_key, sound_key) WHERE b.id = v.id`,
      [rows.map((row) => row.id), keys, keys.map((key) => nameSoundKey(key))],
    );
    written += rows.length;
  }
}
