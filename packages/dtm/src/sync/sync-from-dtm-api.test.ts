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
  it('writes admin1 rows as governorate figures and admin2 rows as district figures, mapped by name', async () => {
    const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
    expect(result.fetched).toEqual({ admin1: 9, admin2: 9 });
    expect(result.counts).toEqual({ read: 18, inserted: 18, updated: 0, unchanged: 0, rejected: 0 });
    const mosul = await db.prisma.displacementFigure.findMany({ where: { areaPcode: 'IQG15Q05' }, orderBy: { round: 'asc' } });
    expect(mosul.map((figure) => [figure.round, figure.individuals, figure.level, figure.source, figure.populationGroup])).toEqual([
      [95, 600_000, 'district', 'dtm_api', 'idp'],
      [96, 520_000, 'district', 'dtm_api', 'idp'],
      [97, 470_000, 'district', 'dtm_api', 'idp'],
    ]);
    expect(await db.prisma.displacementFigure.count({ where: { areaPcode: 'IQG13Q01' } })).toBe(3);
    expect(await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({ source: 'dtm_api', status: 'completed', fileName: null });
  });

  it('changes nothing on a second sync of the same data', async () => {
    const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
    expect(result.counts).toEqual({ read: 18, inserted: 0, updated: 0, unchanged: 18, rejected: 0 });
  });

  it('updates a revised figure, sums rows split by origin, and rejects rows it cannot map', async () => {
    const rows = fixtureDisplacementRows().filter((row) => row.roundNumber === 97);
    const revised = rows.map((row) => (row.admin2Name === 'Khanaqin' ? { ...row, numPresentIdpInd: 38_500 } : row));
    const hawiga = revised.find((row) => row.admin2Name === 'Hawiga');
    if (hawiga === undefined) throw new Error('fixture changed');
    server.setRows([
      ...revised.filter((row) => row !== hawiga),
      // Hawiga, revised and now split by governorate of origin: 12,500 = 10,000 + 2,500.
      { ...hawiga, id: '9001', numPresentIdpInd: 10_000, idpOriginAdmin1Name: 'Kirkuk' },
      { ...hawiga, id: '9002', numPresentIdpInd: 2_500, idpOriginAdmin1Name: 'Salah al-Din' },
      { ...hawiga, id: '9003', admin2Name: 'Nowhere', admin2Pcode: 'IRQ013099' },
      { ...hawiga, id: '9004', roundNumber: null },
    ]);
    try {
      const result = await syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } });
      // Counts are of API rows: the two Hawiga rows count as two updated rows.
      expect(result.counts).toEqual({ read: 9, inserted: 0, updated: 3, unchanged: 4, rejected: 2 });
      expect(result.rejected.map((rejection) => [rejection.column, rejection.reason])).toEqual([
        ['admin2.admin2Name', 'no district named "Nowhere" in Kirkuk (IQG13)'],
        ['admin2.roundNumber', 'no round number: figures are keyed by round'],
      ]);
      const khanaqin = await db.prisma.displacementFigure.findFirstOrThrow({ where: { areaPcode: 'IQG10Q05', round: 97 } });
      expect(khanaqin).toMatchObject({ individuals: 38_500, importBatchId: result.batchId });
      const hawigaFigure = await db.prisma.displacementFigure.findFirstOrThrow({ where: { areaPcode: 'IQG13Q01', round: 97 } });
      expect(hawigaFigure).toMatchObject({ individuals: 12_500, sourceRef: 'dtm:9001,9002' });
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
    // One refused and one retried request per endpoint.
    expect(server.requests.length - requestsBefore).toBe(4);
    expect(result.fetched).toEqual({ admin1: 9, admin2: 9 });
    expect(result.counts).toMatchObject({ read: 18, inserted: 18, rejected: 0 });
    expect(await db.prisma.displacementFigure.count({ where: { source: 'dtm_api' } })).toBe(18);
  });

  it('writes nothing when the API fails', async () => {
    const before = await db.prisma.importBatch.count();
    server.injectFault({ kind: 'not-success', messages: ['Service unavailable for maintenance.'] }, { endpoint: 'admin2' });
    await expect(syncFromDtmApi(db, client, { query: { CountryName: 'Iraq' } })).rejects.toThrow(/Service unavailable for maintenance/);
    expect(await db.prisma.importBatch.count()).toBe(before);
  });
});
