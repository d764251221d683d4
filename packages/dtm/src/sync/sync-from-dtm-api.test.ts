import { loadReferenceData, type Db } from '@crc/db';
import { createTestDatabase, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDtmClient, type DtmClient } from '../api/dtm-client';
import { fixtureDisplacementRows } from '../testing/dtm-fixture-dataset';
import { startLocalDtmServer, type LocalDtmServer } from '../testing/local-dtm-server';
import { syncFromDtmApi } from './sync-from-dtm-api';

const KEY = 'sync-test-key';
let testDb: TestDatabase;
let db: Db;
let server: LocalDtmServer;
let client: DtmClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  server = await startLocalDtmServer({ subscriptionKey: KEY });
  client = createDtmClient({ subscriptionKey: KEY, baseUrl: server.baseUrl, backoffBaseMs: 10, env: {} });
});
afterAll(async () => {
  await server.close();
  await db.close();
  await testDb.drop();
});

describe('syncFromDtmApi', () => {
  it('writes national, governorate and district figures, split by origin and reason, from v3 rows', async () => {
    const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
    expect(result.fetched).toEqual({ admin0: 6, admin1: 24, admin2: 15 });
    expect(result.counts).toEqual({ read: 45, inserted: 45, updated: 0, unchanged: 0, rejected: 0 });
    // Diyala's rows carry a DTM placeholder code (IRQ010): placed by name, the others by IRQ-G code.
    expect(result.placedBy).toEqual({ code: 36, name: 9 });

    const national = await db.prisma.displacementFigure.findMany({
      where: { areaPcode: 'IQ', round: 95 },
      orderBy: { displacementReason: 'asc' },
    });
    expect(
      national.map((figure) => [figure.level, figure.displacementReason, figure.individuals, figure.origin]),
    ).toEqual([
      ['country', 'Climate', 50_000, ''],
      ['country', 'Conflict', 3_150_000, ''],
    ]);
    const duhok = await db.prisma.displacementFigure.findMany({
      where: { areaPcode: 'IQG09', round: 95 },
      orderBy: { origin: 'asc' },
    });
    expect(duhok.map((figure) => [figure.origin, figure.individuals, figure.males, figure.females])).toEqual([
      ['IQG15', 330_000, 160_000, 170_000],
      ['unknown', 5_000, null, null],
    ]);
    const mosul = await db.prisma.displacementFigure.findMany({
      where: { areaPcode: 'IQG15Q05' },
      orderBy: { round: 'asc' },
    });
    expect(
      mosul.map((figure) => [
        figure.round,
        figure.individuals,
        figure.level,
        figure.source,
        figure.populationGroup,
        figure.origin,
      ]),
    ).toEqual([
      [95, 600_000, 'district', 'dtm_api', 'idp', 'IQG15'],
      [96, 520_000, 'district', 'dtm_api', 'idp', 'IQG15'],
      [97, 470_000, 'district', 'dtm_api', 'idp', 'IQG15'],
    ]);
    expect(await db.prisma.displacementFigure.count({ where: { areaPcode: 'IQG10Q05' } })).toBe(3);
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({
      source: 'dtm_api',
      status: 'completed',
      fileName: null,
    });
  });

  it('changes nothing on a second sync of the same data', async () => {
    const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
    expect(result.counts).toEqual({ read: 45, inserted: 0, updated: 0, unchanged: 45, rejected: 0 });
  });

  it('updates a revised figure, keeps a new split apart, and rejects rows it cannot map or that repeat a split', async () => {
    const rows = fixtureDisplacementRows().filter((row) => row.roundNumber === 97);
    const revised = rows.map((row) => (row.admin2Name === 'Khanaqin' ? { ...row, numPresentIdpInd: 38_500 } : row));
    const hawiga = revised.find((row) => row.admin2Name === 'Al-Hawiga');
    if (hawiga === undefined) throw new Error('fixture changed');
    server.setRows([
      ...revised,
      // Al-Hawiga now also reports IDPs from Salah al-Din: a figure of its own.
      {
        ...hawiga,
        id: '9001',
        numPresentIdpInd: 2_500,
        idpOriginAdmin1Name: 'Salah al-Din',
        idpOriginAdmin1Pcode: 'IRQ-G16',
      },
      {
        ...hawiga,
        id: '9002',
        numPresentIdpInd: 2_400,
        idpOriginAdmin1Name: 'Salah al-Din',
        idpOriginAdmin1Pcode: 'IRQ-G16',
      },
      { ...hawiga, id: '9003', admin2Name: 'Nowhere', admin2Pcode: 'IRQ013099' },
      { ...hawiga, id: '9004', roundNumber: null },
    ]);
    try {
      const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
      expect(result.counts).toEqual({ read: 19, inserted: 1, updated: 1, unchanged: 14, rejected: 3 });
      expect(result.rejected.map((rejection) => [rejection.column, rejection.reason])).toEqual([
        ['admin2.id', 'repeats admin2 row 5 (same area, round, date, origin and reason)'],
        [
          'admin2.admin2Name',
          expect.stringMatching(/^no district named "Nowhere" in Kirkuk \(IQG13\) \(and admin2Pcode "IRQ013099": /),
        ],
        ['admin2.roundNumber', 'no round number: figures are keyed by round'],
      ]);
      const khanaqin = await db.prisma.displacementFigure.findFirstOrThrow({
        where: { areaPcode: 'IQG10Q05', round: 97 },
      });
      expect(khanaqin).toMatchObject({ individuals: 38_500, importBatchId: result.batchId });
      const hawigaFigures = await db.prisma.displacementFigure.findMany({
        where: { areaPcode: 'IQG13Q01', round: 97 },
        orderBy: { origin: 'asc' },
      });
      expect(hawigaFigures.map((figure) => [figure.origin, figure.individuals, figure.sourceRef])).toEqual([
        ['IQG13', 12_100, expect.stringMatching(/^dtm:\d+$/)],
        ['IQG16', 2_500, 'dtm:9001'],
      ]);
    } finally {
      server.setRows(fixtureDisplacementRows());
    }
  });

  it('gets through a 429 and a 500 from the API and still loads every figure', async () => {
    await db.prisma.displacementFigure.deleteMany({ where: { source: 'dtm_api' } });
    server.injectFault({ kind: 'rate-limit', retryAfter: '0' }, { endpoint: 'admin1' });
    server.injectFault({ kind: 'server-error' }, { endpoint: 'admin2' });
    const requestsBefore = server.requests.length;
    const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
    // One request for admin0, one refused and one retried request for each of admin1 and admin2.
    expect(server.requests.length - requestsBefore).toBe(5);
    expect(result.fetched).toEqual({ admin0: 6, admin1: 24, admin2: 15 });
    expect(result.counts).toMatchObject({ read: 45, inserted: 45, rejected: 0 });
    expect(await db.prisma.displacementFigure.count({ where: { source: 'dtm_api' } })).toBe(45);
  });

  it('writes nothing when the API fails', async () => {
    const before = await db.prisma.importBatch.count();
    server.injectFault(
      { kind: 'not-success', messages: ['Service unavailable for maintenance.'] },
      { endpoint: 'admin2' },
    );
    await expect(syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } })).rejects.toThrow(
      /Service unavailable for maintenance/,
    );
    expect(await db.prisma.importBatch.count()).toBe(before);
  });
});
