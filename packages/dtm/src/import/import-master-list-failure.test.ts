import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReferenceData, UPSERT_CHUNK_SIZE, type Db } from '@crc/db';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '@crc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFailedError } from '../store/import-batch-run';
import { importMasterList } from './import-master-list';

let testDb: TestDatabase;
let db: Db;
let dir: string;
let path: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await testDb.open();
  await loadReferenceData(db.prisma);
  dir = await mkdtemp(join(tmpdir(), 'crc-dtm-fail-'));
  // More rows than one upsert chunk, so the failure comes after figures were written in the transaction.
  const rows = Array.from(
    { length: UPSERT_CHUNK_SIZE + 500 },
    (_, index) => `IQG10Q05,L${index},${(index % 900) + 10},125,2022-03-31`,
  );
  path = join(dir, 'big.csv');
  await writeFile(path, ['District P-Code,Location ID,IDP Individuals,Round,Date', ...rows].join('\n'));
});
afterAll(async () => {
  await db.close();
  await testDb.drop();
  await rm(dir, { recursive: true, force: true });
});

class Interrupted extends Error {}

describe('a failing import', () => {
  it('rolls back: no figures and no completed batch; a failed batch records the attempt', async () => {
    const error = await importMasterList(db, path, {
      today: '2026-11-22',
      onProgress: ({ written }) => {
        if (written.inserted > 0) throw new Interrupted('stop after the first chunk');
      },
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ImportFailedError);
    expect((error as ImportFailedError).cause).toBeInstanceOf(Interrupted);
    expect(await db.prisma.displacementFigure.count()).toBe(0);
    const batches = await db.prisma.importBatch.findMany();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      id: (error as ImportFailedError).failedBatchId,
      status: 'failed',
      rowsInserted: 0,
      rowsUpdated: 0,
      fileName: 'big.csv',
    });
    expect(batches[0]?.report).toMatchObject({ error: 'stop after the first chunk' });
  });

  // PGlite is one connection: "another connection" exists on PostgreSQL only.
  it.runIf(TEST_DATABASE_KIND === 'postgresql')('is invisible to other connections while it runs', async () => {
    const observer = await testDb.open({ migrate: false });
    const seen: { figures: number; batches: number }[] = [];
    try {
      const figuresBefore = await db.prisma.displacementFigure.count();
      expect(figuresBefore).toBe(0);
      // Observe from another connection after the first chunk was written inside the transaction.
      const result = await importMasterList(db, path, {
        today: '2026-11-22',
        onProgress: async ({ written }) => {
          if (written.inserted === 0 || seen.length > 0) return;
          const [figures] = await observer.sql.query<{ n: string }>('SELECT count(*) AS n FROM displacement_figure');
          const [batches] = await observer.sql.query<{ n: string }>(
            'SELECT count(*) AS n FROM import_batch WHERE status <> $1',
            ['failed'],
          );
          seen.push({ figures: Number(figures?.n), batches: Number(batches?.n) });
        },
      });
      expect(result.counts.inserted).toBe(UPSERT_CHUNK_SIZE + 500);
      expect(seen).toEqual([{ figures: 0, batches: 0 }]);
      // ...and everything once it committed.
      const [after] = await observer.sql.query<{ n: string }>('SELECT count(*) AS n FROM displacement_figure');
      expect(Number(after?.n)).toBe(UPSERT_CHUNK_SIZE + 500);
    } finally {
      await observer.close();
    }
  });
});
