import { allAreas, governorates, VOCABULARIES, VOCABULARY_NAMES } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { loadReferenceData } from './load-reference-data';

// Iraq itself (IQ, level country) is loaded with its areas.
const areaCount = allAreas().length + 1;
const termCount = VOCABULARY_NAMES.reduce((sum, name) => sum + VOCABULARIES[name].length, 0);

describe(`loadReferenceData (database: ${TEST_DATABASE_KIND})`, () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  const snapshot = async () => ({
    areas: await db.prisma.adminArea.findMany({ orderBy: { pcode: 'asc' } }),
    terms: await db.prisma.vocabularyTerm.findMany({ orderBy: [{ vocabulary: 'asc' }, { code: 'asc' }] }),
  });

  it('inserts every area and vocabulary term on an empty database', async () => {
    const counts = await loadReferenceData(db.prisma);
    expect(counts.adminAreas).toEqual({ inserted: areaCount, updated: 0, unchanged: 0 });
    expect(counts.vocabularyTerms).toEqual({ inserted: termCount, updated: 0, unchanged: 0 });

    const diyala = await db.prisma.adminArea.findUniqueOrThrow({
      where: { pcode: 'IQG10' },
      include: { children: true },
    });
    expect(diyala).toMatchObject({ level: 'governorate', isoCode: 'IQ-DI', nameEn: 'Diyala', parentPcode: null });
    expect(diyala.children.map((child) => child.pcode)).toContain('IQG10Q05');
    expect(await db.prisma.adminArea.count({ where: { level: 'governorate' } })).toBe(governorates().length);
    expect(await db.prisma.adminArea.findUniqueOrThrow({ where: { pcode: 'IQ' } })).toMatchObject({
      level: 'country',
      nameEn: 'Iraq',
      parentPcode: null,
    });
  });

  it('changes nothing when loaded again', async () => {
    const before = await snapshot();
    const counts = await loadReferenceData(db.prisma);
    expect(counts.adminAreas).toEqual({ inserted: 0, updated: 0, unchanged: areaCount });
    expect(counts.vocabularyTerms).toEqual({ inserted: 0, updated: 0, unchanged: termCount });
    expect(await snapshot()).toEqual(before);
  });

  it('repairs a row that drifted from the domain data', async () => {
    await db.prisma.adminArea.update({ where: { pcode: 'IQG10Q05' }, data: { nameEn: 'Wrong' } });
    await db.prisma.vocabularyTerm.update({
      where: { vocabulary_code: { vocabulary: 'sexes', code: 'female' } },
      data: { extra: { stale: true } },
    });
    const counts = await loadReferenceData(db.prisma);
    expect(counts.adminAreas).toEqual({ inserted: 0, updated: 1, unchanged: areaCount - 1 });
    expect(counts.vocabularyTerms).toEqual({ inserted: 0, updated: 1, unchanged: termCount - 1 });
    const khanaqin = await db.prisma.adminArea.findUniqueOrThrow({ where: { pcode: 'IQG10Q05' } });
    expect(khanaqin.nameEn).toBe(allAreas().find((area) => area.pcode === 'IQG10Q05')?.names.en);
  });
});
