import { readFile } from 'node:fs/promises';
import { nameKey, nameSoundKey } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { beneficiaryIdsMatchingName } from './beneficiary-name-search';
import { recomputeNameKeysWhereMissing } from './name-sound-keys';

const MIGRATION = new URL('../../prisma/migrations/20261201153000_recompute_name_keys/migration.sql', import.meta.url);

let testDb: TestDatabase;
let db: Db;
let centreId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const centre = await db.prisma.centre.create({
    data: { code: 'CRC-K', name: 'Centre K', kind: 'community_resource_centre', areaPcode: 'IQG10Q05N02' },
    select: { id: true },
  });
  centreId = centre.id;
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe(`name keys stored before the folding change are recomputed by migrating (database: ${TEST_DATABASE_KIND})`, () => {
  it('finds a person written with an old key after the migration and the recompute it triggers', async () => {
    // 'فاطمة الزهراء' under the old folding, which kept a lone hamza (كربلاء and كربلا were
    // two keys); written by raw SQL, as an old writer did.
    const oldKey = 'فاطمه الزهراء';
    const [row] = await db.sql.query<{ id: string }>(
      `INSERT INTO beneficiary (registration_centre_id, given_name, family_name, name_key, name_sound_key,
         sex, population_group, registered_on)
       VALUES ($1::uuid, 'فاطمة', 'الزهراء', $2, $3, 'female', 'idp', '2024-01-01')
       RETURNING id::text AS id`,
      [centreId, oldKey, nameSoundKey(oldKey)],
    );
    const current = nameKey('فاطمة الزهراء');
    expect(current).toBe('فاطمه الزهرا');

    await db.sql.query(await readFile(MIGRATION, 'utf8'));
    expect(await recomputeNameKeysWhereMissing(db.sql)).toBeGreaterThanOrEqual(1);

    const [stored] = await db.sql.query<{ name_key: string; name_sound_key: string }>(
      'SELECT name_key, name_sound_key FROM beneficiary WHERE id = $1::uuid',
      [row!.id],
    );
    expect(stored).toEqual({ name_key: current, name_sound_key: nameSoundKey(current) });
    expect(await beneficiaryIdsMatchingName(db.prisma, { search: 'فاطمه الزهرا', centreIds: null })).toContain(row!.id);
    // Nothing is left to recompute: the next open does no work.
    expect(await recomputeNameKeysWhereMissing(db.sql)).toBe(0);
  });
});
