import { nameKey, nameSoundKey } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { Prisma } from '../generated/prisma/client';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { beneficiaryIdsMatchingName, nameSearchSql, type NameSearchFilter } from './beneficiary-name-search';
import { recomputeNameKeysWhereMissing } from './name-sound-keys';

const NAMES = [
  'محمد حسن علي',
  'فاطمة حسين',
  'Zainab Kareem',
  'محمد جاسم',
  'Ahmad Saleh',
  'شيماء عبدالله',
  'Hassan al-Obaidi',
] as const;

let testDb: TestDatabase;
let db: Db;
let centres: { a: string; b: string };
const idOf = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  const [a, b] = await Promise.all(
    ['A', 'B'].map((code) =>
      db.prisma.centre.create({
        data: {
          code: `CRC-${code}`,
          name: `Centre ${code}`,
          kind: 'community_resource_centre',
          areaPcode: 'IQG10Q05N02',
        },
        select: { id: true },
      }),
    ),
  );
  centres = { a: a!.id, b: b!.id };
  for (const [n, name] of NAMES.entries()) {
    const person = await db.prisma.beneficiary.create({
      data: {
        registrationCentreId: n === 3 ? centres.b : centres.a,
        givenName: name.split(' ')[0]!,
        nameKey: nameKey(name),
        sex: 'female',
        populationGroup: 'idp',
        registeredOn: new Date('2024-01-01T00:00:00Z'),
      },
      select: { id: true },
    });
    idOf.set(name, person.id);
  }
}, 120_000);
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

async function found(search: string, centreIds: readonly string[] | null = null): Promise<string[]> {
  const ids = await beneficiaryIdsMatchingName(db.prisma, { search, centreIds });
  return NAMES.filter((name) => ids.includes(idOf.get(name)!));
}

describe(`name search in the database (${TEST_DATABASE_KIND})`, () => {
  it('stores the sound key beside the name key on every client write', async () => {
    const stored = await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: idOf.get('محمد حسن علي')! } });
    expect(stored.nameSoundKey).toBe('mhmd hsn l');
    await db.prisma.beneficiary.update({ where: { id: stored.id }, data: { nameKey: nameKey('محمد حسن كاظم') } });
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: stored.id } })).nameSoundKey).toBe(
      nameSoundKey('محمد حسن كاظم'),
    );
    await db.prisma.beneficiary.update({
      where: { id: stored.id },
      data: { nameKey: { set: nameKey('محمد حسن علي') } },
    });
    expect((await db.prisma.beneficiary.findUniqueOrThrow({ where: { id: stored.id } })).nameSoundKey).toBe(
      'mhmd hsn l',
    );
  });

  it('finds names across scripts and spellings, word by word', async () => {
    expect(await found('Mohammed')).toEqual(['محمد حسن علي', 'محمد جاسم']);
    expect(await found('Muhammad Hasan')).toEqual(['محمد حسن علي']);
    expect(await found('Fatima Hussein')).toEqual(['فاطمة حسين']);
    expect(await found('فاطمه')).toEqual(['فاطمة حسين']);
    expect(await found('زينب')).toEqual(['Zainab Kareem']);
    expect(await found('Shaimaa')).toEqual(['شيماء عبدالله']);
    expect(await found('العبيدي')).toEqual(['Hassan al-Obaidi']);
    expect(await found('ahmad')).toEqual(['Ahmad Saleh']);
  });

  it('keeps other names out, and a pattern character is only a character', async () => {
    expect(await found('Ahmed')).toEqual(['Ahmad Saleh']);
    expect(await found('Yousif')).toEqual([]);
    expect(await found('Jasim')).toEqual(['محمد جاسم']);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
    expect(await found('   ')).toEqual([]);
  });

  it('searches only the centres given', async () => {
    expect(await found('Mohammed', [centres.a])).toEqual(['محمد حسن علي']);
    expect(await found('Mohammed', [])).toEqual([]);
  });

  it('applies the list filters before the limit, so matches ranked below it by others are found', async () => {
    const centre = await db.prisma.centre.create({
      data: { code: 'CRC-C', name: 'Centre C', kind: 'community_resource_centre', areaPcode: 'IQG10Q05N02' },
      select: { id: true },
    });
    // Three men whose folded name contains the search rank above a woman who only sounds alike.
    for (const given of ['محمد كريم', 'محمد ناصر', 'محمد عادل']) {
      await db.prisma.beneficiary.create({
        data: {
          registrationCentreId: centre.id,
          givenName: given,
          nameKey: nameKey(given),
          sex: 'male',
          populationGroup: 'returnee',
          areaOfResidencePcode: 'IQG10Q05',
          registeredOn: new Date('2024-01-01T00:00:00Z'),
        },
      });
    }
    const woman = await db.prisma.beneficiary.create({
      data: {
        registrationCentreId: centre.id,
        givenName: 'Mohammed',
        nameKey: nameKey('Mohammed Salih'),
        sex: 'female',
        populationGroup: 'idp',
        areaOfResidencePcode: 'IQG10Q06',
        registeredOn: new Date('2024-01-01T00:00:00Z'),
      },
      select: { id: true },
    });
    const search = (where: NameSearchFilter) =>
      beneficiaryIdsMatchingName(db.prisma, { search: 'محمد', centreIds: [centre.id], limit: 3, where });
    expect(await search({ sex: 'female' })).toEqual([woman.id]);
    expect(await search({ populationGroup: 'idp' })).toEqual([woman.id]);
    expect(await search({ areaPcodePrefix: 'IQG10Q06' })).toEqual([woman.id]);
    expect(await search({ areaPcodePrefix: 'IQG10Q0_' })).toEqual([]);
    expect(await search({ registrationCentreId: centres.a, sex: 'female' })).not.toContain(woman.id);
    expect(await search({ sex: 'male' })).toHaveLength(3);
    await db.prisma.beneficiary.update({ where: { id: woman.id }, data: { mergedIntoId: idOf.get('فاطمة حسين')! } });
    expect(await search({ sex: 'female' })).toEqual([woman.id]);
    expect(await search({ sex: 'female', unmergedOnly: true })).toEqual([]);
  });

  it('fills the sound keys of rows written by raw SQL', async () => {
    await db.prisma
      .$executeRaw`UPDATE beneficiary SET name_sound_key = NULL WHERE id = ${idOf.get('Zainab Kareem')!}::uuid`;
    expect(await found('زينب')).toEqual([]);
    expect(await recomputeNameKeysWhereMissing(db.sql)).toBe(1);
    expect(await found('زينب')).toEqual(['Zainab Kareem']);
  });

  it('runs on the pg_trgm indexes', async () => {
    for (const search of ['Mohammed Hassan', 'فاطمه']) {
      const plan = await db.prisma.$transaction(async (tx) => {
        // A table of a handful of rows is scanned whatever the indexes; forbid that to see the index is usable.
        await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
        return tx.$queryRaw<{ 'QUERY PLAN': string }[]>(
          Prisma.sql`EXPLAIN ${nameSearchSql({ search, centreIds: null })!}`,
        );
      });
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text, search).toMatch(/beneficiary_name_key_trgm_idx/);
      expect(text, search).toMatch(/beneficiary_name_sound_key_trgm_idx/);
    }
  });
});
