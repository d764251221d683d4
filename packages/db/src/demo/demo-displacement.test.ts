import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { demoDisplacementRows, upsertDemoDisplacementFigures, upsertPublishedScopeFigures } from './demo-displacement';
import { DOCUMENT_ROUND, PUBLISHED_SCOPE_FIGURES } from './published-displacement';

describe('demo displacement figures', () => {
  let testDb: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    await loadReferenceData(db.prisma);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('stores the documents’ figures with their dates and sources, and loads again without writing', async () => {
    const rows = demoDisplacementRows(2018);
    const first = await db.prisma.$transaction((tx) => upsertDemoDisplacementFigures(tx, rows));
    expect(first).toEqual({ inserted: rows.length, updated: 0, unchanged: 0 });
    const mosul = await db.prisma.displacementFigure.findMany({
      where: { areaPcode: 'IQG15Q05', round: DOCUMENT_ROUND },
      orderBy: { populationGroup: 'asc' },
    });
    expect(
      mosul.map((f) => [f.populationGroup, f.individuals, f.reportingDate.toISOString().slice(0, 10), f.source]),
    ).toEqual([
      ['idp', 800_100, '2017-10-11', 'iom_document'],
      ['returnee', 297_800, '2017-10-11', 'iom_document'],
    ]);
    expect(mosul[0]?.sourceRef).toMatch(/iom-iraq-community-centres-2017/);
    const jalawla = await db.prisma.displacementFigure.findFirst({
      where: { areaPcode: 'IQG10Q05N04', source: 'iom_document' },
    });
    expect(jalawla?.individuals).toBe(220_000);

    const again = await db.prisma.$transaction((tx) => upsertDemoDisplacementFigures(tx, rows));
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: rows.length });
    const changed = rows.map((row, i) => (i === 0 ? { ...row, individuals: row.individuals + 1 } : row));
    const third = await db.prisma.$transaction((tx) => upsertDemoDisplacementFigures(tx, changed));
    expect(third).toEqual({ inserted: 0, updated: 1, unchanged: rows.length - 1 });
    expect(await db.prisma.displacementFigure.count()).toBe(rows.length);
  });

  it('has a demo slice of six rounds in four governorates', () => {
    const synthetic = demoDisplacementRows(2018).filter((row) => row.source === 'dtm_master_list');
    expect(new Set(synthetic.map((row) => row.round)).size).toBe(6);
    expect(new Set(synthetic.map((row) => row.areaPcode.slice(0, 5)))).toEqual(
      new Set(['IQG10', 'IQG13', 'IQG15', 'IQG16']),
    );
  });

  it('stores the national and operation-wide document figures as rows, once', async () => {
    const first = await db.prisma.$transaction((tx) => upsertPublishedScopeFigures(tx));
    expect(first).toEqual({ inserted: PUBLISHED_SCOPE_FIGURES.length, updated: 0, unchanged: 0 });
    const national = await db.prisma.publishedDisplacementFigure.findUniqueOrThrow({
      where: { key: 'iraq-idps-2017-10' },
    });
    expect(national).toMatchObject({ scope: 'country', areaPcodes: [], individuals: 3_200_000 });
    const operation = await db.prisma.publishedDisplacementFigure.findUniqueOrThrow({
      where: { key: 'hawija-shirqat-idps-2017-10' },
    });
    expect(operation.areaPcodes).toEqual(['IQG13Q01', 'IQG16Q02']);
    await db.prisma.publishedDisplacementFigure.update({
      where: { key: 'iraq-idps-2017-10' },
      data: { individuals: 1 },
    });
    const again = await db.prisma.$transaction((tx) => upsertPublishedScopeFigures(tx));
    expect(again).toEqual({ inserted: 0, updated: 1, unchanged: PUBLISHED_SCOPE_FIGURES.length - 1 });
  });
});
