import { allAreas, governorates, VOCABULARIES, VOCABULARY_NAMES } from '@crc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../testing/test-database';
import { ensureReferenceData, loadReferenceData } from './load-reference-data';

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
  it('ensureReferenceData trusts the fingerprint of the last complete load: no row is compared', async () => {
    await loadReferenceData(db.prisma);
    // A drift made after the load is not looked at: only loadReferenceData repairs rows.
    await db.prisma.adminArea.update({ where: { pcode: 'IQG10Q05' }, data: { nameEn: 'Drifted' } });
    const counts = await ensureReferenceData(db);
    expect(counts).toEqual({
      adminAreas: { inserted: 0, updated: 0, unchanged: areaCount },
      vocabularyTerms: { inserted: 0, updated: 0, unchanged: termCount },
      compared: 'fingerprint',
    });
    expect((await db.prisma.adminArea.findUniqueOrThrow({ where: { pcode: 'IQG10Q05' } })).nameEn).toBe('Drifted');
  });

  it('ensureReferenceData loads and compares every row when the recorded fingerprint is not this version', async () => {
    // As a database loaded by an older @crc/domain (or before fingerprints) looks.
    await db.sql.exec(
      `COMMENT ON TABLE admin_area IS 'CRC reference data (areas and vocabularies) loaded, sha256 0000'`,
    );
    const counts = await ensureReferenceData(db);
    expect(counts.compared).toBe('rows');
    expect(counts.adminAreas).toEqual({ inserted: 0, updated: 1, unchanged: areaCount - 1 });
    expect((await ensureReferenceData(db)).compared).toBe('fingerprint');
  });

  it('a load that rolls back records no fingerprint', async () => {
    await db.sql.exec('COMMENT ON TABLE admin_area IS NULL');
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(
          `COMMENT ON TABLE admin_area IS 'CRC reference data (areas and vocabularies) loaded, sha256 x'`,
        );
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await ensureReferenceData(db)).compared).toBe('rows');
  });
});
